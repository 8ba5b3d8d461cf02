import FoundationEssentials
import PortalAPI

/// One profile as `pio profiles` and the portal's profile chooser show it.
public struct ProfileListing: Sendable, Equatable {
    public enum Session: Sendable, Equatable {
        case stored, none
        /// The session file exists but is refused (others can read it, not a session file…).
        case refused
    }

    public var name: String
    /// Nil when its settings cannot be read (a bad value in the file).
    public var url: String?
    public var user: String?
    public var auth: AuthMode?
    public var session: Session
}

/// Every profile pio knows and the settings each runs with. The profile a run started with keeps
/// that run's flags and `PIO_*` variables; every other one is what the config file and the
/// defaults make of it.
public enum ProfileCatalog {
    /// `default`, the config file's profiles in file order, those with a stored session, and the
    /// one the run started with. The config file is read again (a profile added since shows up).
    public static func list(startedWith current: Settings, environment: [String: String]) async throws -> [ProfileListing] {
        let file = try ConfigFile.load(current.paths.configFile)
        var names = [ProfileName.default] + (file?.profiles ?? []) + storedProfiles(in: current.paths.stateDirectory)
        names.append(current.profile.value)
        var seen = Set<String>()
        names = names.filter { seen.insert($0).inserted }

        var rows: [ProfileListing] = []
        for name in names {
            let settings = try? await self.settings(of: name, startedWith: current, environment: environment)
            var row = ProfileListing(name: name, url: settings?.url.value, user: settings?.user?.value,
                                     auth: settings?.auth.value, session: .none)
            do {
                if let stored = try SessionStore(paths: current.paths, profile: name).load() {
                    row.session = .stored
                    row.url = stored.url
                    row.user = stored.user
                }
            } catch {
                row.session = .refused
            }
            rows.append(row)
        }
        return rows
    }

    /// The settings `name` runs with: the run's own for the profile it started with, else the
    /// file's and the defaults' (the environment without its `PIO_*` variables).
    public static func settings(of name: String, startedWith current: Settings,
                                environment: [String: String]) async throws -> Settings {
        if name == current.profile.value { return current }
        if let problem = ProfileName.validate(name) { throw SettingsError(message: "“\(name)”: " + problem) }
        var settings = try await SettingsLoader.load(flags: ["profile": name], environment: environment.filter { !$0.key.hasPrefix("PIO_") },
                                                     paths: current.paths)
        settings.locale = current.locale
        settings.clipboard = current.clipboard
        settings.theme = current.theme
        return settings
    }

    /// Profile directories that hold a session file.
    public static func storedProfiles(in stateDirectory: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: stateDirectory)) ?? []
        return entries.sorted().filter { ProfileName.validate($0) == nil && SessionStore(path: stateDirectory + "/" + $0 + "/session").exists }
    }
}
