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
        let profiles: [ProfileListing]
        do {
            profiles = try await ProfileCatalog.list(startedWith: current, environment: connection.environment)
        } catch {
            throw CommandFailure(code: ExitStatus.usage, message: "\(error)")
        }
        let rows = profiles.map { profile -> [String] in
            let session: String
            switch profile.session {
            case .stored: session = "stored"
            case .none: session = "none"
            case .refused: session = "refused (see pio config)"
            }
            return [(profile.name == current.profile.value ? "* " : "  ") + profile.name, profile.url ?? "—", profile.user ?? "—",
                    profile.auth?.rawValue ?? "—", session]
        }
        print(Table(headers: ["  PROFILE", "URL", "USER", "AUTH", "SESSION"], rows: rows).rendered, terminator: "")
    }
}
