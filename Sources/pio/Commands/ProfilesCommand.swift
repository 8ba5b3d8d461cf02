import ArgumentParser
import FoundationEssentials
import PortalConfig

struct ProfilesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles",
        abstract: "List the profiles: their server, account, auth mode and whether a session is stored.",
        discussion: "Profiles come from the config file's `profiles:` table and from sessions stored by `pio login`. "
            + "The one marked * is the one this command line would use (--profile, PIO_PROFILE, `profile:` in the file).")

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        do {
            try await list()
        } catch {
            error.exit()
        }
    }

    func list() async throws(CommandFailure) {
        let current = try await connection.settings()
        let paths = current.paths
        var names = [ProfileName.default] + (current.file?.profiles ?? [])
        names += Self.storedProfiles(in: paths.stateDirectory)
        if !names.contains(current.profile.value) { names.append(current.profile.value) }
        var seen = Set<String>()
        names = names.filter { seen.insert($0).inserted }

        var rows: [[String]] = []
        for name in names {
            // Each profile as the file and the defaults describe it (the environment is for the current run only).
            let settings = try? await SettingsLoader.load(flags: ["profile": name], environment: [:], paths: paths)
            let store = SessionStore(paths: paths, profile: name)
            let session: String
            var user = settings?.user?.value ?? "—"
            var url = settings?.url.value ?? "—"
            do {
                if let stored = try store.load() {
                    session = "stored"
                    user = stored.user
                    url = stored.url
                } else {
                    session = "none"
                }
            } catch {
                session = "refused (see pio config)"
            }
            rows.append([(name == current.profile.value ? "* " : "  ") + name, url, user,
                         settings?.auth.value.rawValue ?? "—", session])
        }
        print(Table(headers: ["  PROFILE", "URL", "USER", "AUTH", "SESSION"], rows: rows).rendered, terminator: "")
    }

    /// Profile directories that hold a session file.
    static func storedProfiles(in stateDirectory: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: stateDirectory)) ?? []
        return entries.sorted().filter { ProfileName.validate($0) == nil && SessionStore(path: stateDirectory + "/" + $0 + "/session").exists }
    }
}
