import ArgumentParser
import PortalAPI
import Foundation

/// Where to connect and as whom; shared by the UI and every script command.
/// The password never comes from argv: only from PIO_PASSWORD (or, later, a prompt).
struct ConnectionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Base URL of the User API, e.g. https://cp.pio.hosting/api (env: PIO_URL).", valueName: "URL"))
    var url: String?

    @Option(name: .long, help: ArgumentHelp("Account email (env: PIO_USER).", valueName: "EMAIL"))
    var user: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var resolvedURL: String? { url ?? environment["PIO_URL"] }
    var resolvedUser: String? { user ?? environment["PIO_USER"] }
    var resolvedPassword: String? { environment["PIO_PASSWORD"] }
}

/// Who to sign in as, after the command line and environment are resolved.
struct Account {
    var url: String
    var user: String
    var password: String
}

extension ConnectionOptions {
    static let defaultURL = "https://cp.pio.hosting/api"

    /// The account to use, or a usage error that says what is missing and how to give it.
    func account() throws -> Account {
        guard let user = resolvedUser, !user.isEmpty else {
            throw ValidationError("no account given: pass --user EMAIL or set PIO_USER")
        }
        guard let password = resolvedPassword, !password.isEmpty else {
            throw ValidationError("no password given: set PIO_PASSWORD (pio never takes a password as an argument)")
        }
        return Account(url: resolvedURL ?? Self.defaultURL, user: user, password: password)
    }

    func makeClient(_ account: Account) throws -> PortalClient {
        do {
            return try PortalClient.live(configuration: ClientConfiguration(
                baseURL: account.url, username: account.user, password: account.password))
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
