import ArgumentParser
import Foundation
import Glibc
import PortalAPI

/// Where to connect and as whom; shared by the UI and every script command.
/// The password never comes from argv: only from PIO_PASSWORD or a prompt on the terminal.
struct ConnectionOptions: ParsableArguments {
    static let defaultURL = "https://cp.pio.hosting/api"

    @Option(name: .long, help: ArgumentHelp("Base URL of the User API (env: PIO_URL; default \(defaultURL)).", valueName: "URL"))
    var url: String?

    @Option(name: .long, help: ArgumentHelp("Account email (env: PIO_USER).", valueName: "EMAIL"))
    var user: String?

    @Option(name: .long, help: ArgumentHelp("Authentication: jwt, basic or auto (env: PIO_AUTH; default auto).", valueName: "MODE"))
    var auth: String?

    @Option(name: .long, help: ArgumentHelp("Seconds allowed for each request.", valueName: "SECONDS"))
    var timeout: Int = 30

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The client configuration, or a usage failure (exit code 2) that says what is missing and how to give it.
    func configuration() throws -> ClientConfiguration {
        let env = environment
        let url = url ?? env["PIO_URL"] ?? Self.defaultURL
        guard let user = user ?? env["PIO_USER"], !user.isEmpty else {
            throw CommandFailure(code: ExitStatus.usage, message: "no account: pass --user EMAIL or set PIO_USER")
        }
        guard let password = env["PIO_PASSWORD"] ?? Self.promptPassword(), !password.isEmpty else {
            throw CommandFailure(code: ExitStatus.usage, message: "no password: set PIO_PASSWORD (it is never read from the command line)")
        }
        let authText = auth ?? env["PIO_AUTH"] ?? "auto"
        guard let mode = AuthMode(rawValue: authText.lowercased()) else {
            throw CommandFailure(code: ExitStatus.usage, message: "--auth must be jwt, basic or auto")
        }
        guard timeout > 0 else { throw CommandFailure(code: ExitStatus.usage, message: "--timeout must be positive") }
        return ClientConfiguration(baseURL: url, username: user, password: password, auth: mode,
                                   requestTimeout: .seconds(timeout))
    }

    /// The client for a configuration; an unusable URL is a usage failure.
    func makeClient(_ configuration: ClientConfiguration) throws -> PortalClient {
        do {
            return try PortalClient.live(configuration: configuration)
        } catch let error as APIError {
            throw CommandFailure(code: ExitStatus.code(for: error), message: error.message)
        }
    }

    /// Asks on the terminal when stdin is one; scripts set PIO_PASSWORD instead.
    static func promptPassword() -> String? {
        guard isatty(STDIN_FILENO) == 1, let p = getpass("Password: ") else { return nil }
        return String(cString: p)
    }
}
