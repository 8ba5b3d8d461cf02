import ArgumentParser
import PortalAPI
import FoundationEssentials
import PortalConfig
import PortalUI

struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the effective settings and where each came from (secrets masked).",
        usage: "pio config [<options>] [--keys] [--json[=FIELDS]]\npio config get KEY\npio config set KEY VALUE",
        discussion: "Precedence: flags > environment (PIO_*) > the profile in $XDG_CONFIG_HOME/pio/config.yaml > defaults. "
            + "Checks the config file too: a mistake is reported with its file, line and key (exit code 2).",
        subcommands: [ConfigGetCommand.self, ConfigSetCommand.self])

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: ScriptOptions

    @Flag(name: .long, help: "List the action names the config file's `keys:` table accepts, with their current keys.")
    var keys = false

    func run() async throws {
        do {
            try await show()
        } catch {
            error.exit()
        }
    }

    func show() async throws(CommandFailure) {
        let selection = try options.selection(known: keys ? Self.keysFields : Self.jsonFields)
        let settings = try await connection.settings()
        let keymap = try KeymapSetup.keymap(settings)
        if keys {
            let rows = keymap.actionNames.map { [$0.name, $0.context.rawValue, $0.keys, $0.help] }
            let table = Table(headers: ["ACTION", "CONTEXT", "KEYS", "DOES"], rows: rows, maxCellWidth: Self.cell(50), maxWidth: Table.stdoutWidth)
            print(options.text(ScriptOutput(json: Self.keysJSON(rows), table: table.rendered), selection), terminator: "")
            return
        }
        let env = connection.environment
        let trust = try ClientFactory.trustRoots(settings, environment: env)
        let store = settings.sessionStore
        let session: (String, String)
        do {
            if let stored = try store.load() {
                let expiry = stored.tokens.expiry.map { " access token valid until " + Self.format($0) } ?? ""
                session = ("stored for \(stored.user) at \(stored.url); tokens ********" + expiry, store.path)
            } else {
                session = ("none", store.path)
            }
        } catch {
            session = ("refused: \(error)", store.path)
        }
        let password: (String, String) = env["PIO_PASSWORD"].map { _ in ("******** (set)", "environment PIO_PASSWORD") }
            ?? ("not set", "asked on the terminal when no session is stored")
        var rows: [[String]] = [
            ["profile", settings.profile.value, settings.profile.source.description],
            ["url", settings.url.value, settings.url.source.description],
            ["user", settings.user?.value ?? "not set", settings.user?.source.description ?? "the stored session, or `pio login`"],
            ["auth", settings.auth.value.rawValue, settings.auth.source.description],
            ["timeout", "\(settings.timeout.value) s", settings.timeout.source.description],
            ["theme", settings.theme.value.rawValue, settings.theme.source.description],
            ["locale", settings.locale.value.rawValue, settings.locale.source.description],
            ["clipboard", settings.clipboard.value ? "true" : "false", settings.clipboard.source.description],
            ["mouse", settings.mouse.value ? "true" : "false", settings.mouse.source.description],
            ["ca_file", settings.caFile?.value ?? "not set", settings.caFile?.source.description ?? "--ca-file, PIO_CA_FILE or the profile's ca_file"],
            ["trusted CAs", trust.summary, Self.trustSource(env)],
            ["password", password.0, password.1],
            ["session", session.0, session.1],
            ["config file", settings.file == nil ? "none" : "read", settings.paths.configFile],
            ["log", "written while the UI runs", settings.paths.logFile],
        ]
        for entry in settings.keyOverrides {
            rows.append(["keys." + entry.action, entry.keys.joined(separator: " "),
                         settings.paths.configFile + (entry.line.map { ":\($0)" } ?? "")])
        }
        let table = Table(headers: ["SETTING", "VALUE", "FROM"], rows: rows, maxCellWidth: Self.cell(90), maxWidth: Table.stdoutWidth)
        print(options.text(ScriptOutput(json: Self.json(rows, settings), table: table.rendered), selection), terminator: "")
    }

    /// SSL_CERT_FILE and SSL_CERT_DIR replace the system's store, as in curl.
    static func trustSource(_ env: [String: String]) -> String {
        let set = ["SSL_CERT_FILE", "SSL_CERT_DIR"].filter { !(env[$0] ?? "").isEmpty }
        return set.isEmpty ? "default (SSL_CERT_FILE and SSL_CERT_DIR not set)" : "environment " + set.joined(separator: ", ")
    }

    static func format(_ date: Date) -> String { LocalTime.string(from: date.timeIntervalSince1970) }
}
