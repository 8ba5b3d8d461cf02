import ArgumentParser
import FoundationEssentials
import Glibc
import PortalAPI
import PortalConfig

struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Sign in and store the session for the profile.",
        discussion: """
            Asks for the email (unless --user, PIO_USER or the profile gives it) and the password on the \
            terminal, without echo. The access and refresh tokens are stored 0600 in \
            $XDG_STATE_HOME/pio/PROFILE/session; the password is never stored. Later runs resume the \
            session without signing in again. A session stored before is revoked.
            """)

    @OptionGroup var connection: ConnectionOptions

    @Flag(name: .long, help: "Read the password from the first line of standard input (for scripts).")
    var passwordStdin = false

    func run() async throws {
        do {
            try await signIn()
        } catch {
            error.exit()
        }
    }

    func signIn() async throws(CommandFailure) {
        var settings = try await connection.settings()
        if settings.user == nil {
            guard let email = TerminalInput.line(prompt: "Email: "), !email.isEmpty else {
                throw CommandFailure(code: ExitStatus.usage, message: "no account: pass --user EMAIL or set PIO_USER")
            }
            settings.user = Setting(email, .flag("prompt"))
        }
        let user = settings.user!.value
        let password: String?
        if passwordStdin {
            password = PasswordPrompt.fromStandardInput()
        } else {
            password = PasswordPrompt.ask(for: user) ?? connection.environment["PIO_PASSWORD"]
        }
        guard let password, !password.isEmpty else {
            throw CommandFailure(code: ExitStatus.usage, message: "no password: type it at the prompt, or pipe it with --password-stdin")
        }
        let previous = try? settings.sessionStore.load()
        let client = try await ClientFactory.connect(settings, environment: connection.environment, password: password).client
        do {
            try await client.login()
        } catch {
            await client.shutdown()
            let apiError = error as? APIError ?? .unreadableResponse("\(type(of: error))")
            throw CommandFailure(code: ExitStatus.code(for: apiError), message: apiError.message)
        }
        if let previous { await Self.revokeQuietly(previous, settings) }
        let target = "\(settings.url.value) as \(user) (profile \(settings.profile.value))"
        if await client.usesBasicAuth() {
            if let notice = await client.takeBasicAuthNotice() { StandardError.write("pio: note: \(notice)\n") }
            print("Signed in to \(target) with HTTP Basic. This server gives no session to store: "
                  + "pio asks for the password (or reads PIO_PASSWORD) on every run.")
        } else {
            print("Signed in to \(target). The session is stored in \(settings.sessionStore.path) (mode 0600).")
        }
        await client.shutdown()
    }

    /// The session this login replaces is revoked, so it does not linger on the server.
    static func revokeQuietly(_ old: StoredSession, _ settings: Settings) async {
        var oldSettings = settings
        oldSettings.url.value = old.url
        guard let client = try? ClientFactory.make(oldSettings, user: old.user, password: "", log: DebugLog(environment: [:])) else { return }
        await client.restore(tokens: old.tokens)
        _ = try? await client.revoke()
        await client.shutdown()
    }
}

/// One line typed at the terminal (echoed); nil without a terminal.
enum TerminalInput {
    static func line(prompt: String) -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return nil }
        StandardError.write(prompt)
        return readLine(strippingNewline: true)?.trimmingWhitespace()
    }
}
