import FoundationEssentials
import Glibc
import PortalAPI
import PortalConfig

/// A client ready for requests, and whether it resumed a stored session (no `/login` needed).
struct ConnectedClient {
    let client: PortalClient
    let user: String
    let url: String
    let restored: Bool
}

/// Builds the client for a command: resumes the profile's stored session when it belongs to the
/// same server and account, otherwise signs in with PIO_PASSWORD or a password typed at the
/// terminal. Whatever tokens the client holds later (a login, a silent refresh, a refused
/// refresh) are mirrored into the session file.
enum ClientFactory {
    static func connect(_ settings: Settings, environment: [String: String],
                        password: String? = nil) async throws(CommandFailure) -> ConnectedClient {
        guard let connected = try await open(settings, environment: environment, password: password, prompt: true) else {
            throw CommandFailure(code: ExitStatus.usage, message: "no password: run `pio login`, or set PIO_PASSWORD")
        }
        return connected
    }

    /// With `prompt` false (the interactive portal, which has its own sign-in form), nil instead
    /// of asking on the terminal when neither a stored session nor PIO_USER and PIO_PASSWORD exist.
    static func open(_ settings: Settings, environment: [String: String], password suppliedPassword: String?,
                     prompt: Bool) async throws(CommandFailure) -> ConnectedClient? {
        _ = try trustRoots(settings, environment: environment)   // a wrong CA path fails now, before any prompt
        let store = settings.sessionStore
        let stored: StoredSession?
        do { stored = try store.load() } catch { throw CommandFailure(code: ExitStatus.usage, message: "\(error)") }
        let log = DebugLog(environment: environment)

        if suppliedPassword == nil, let stored, matches(stored, settings) {
            var resumed = settings
            resumed.url.value = stored.url
            let client = try make(resumed, user: stored.user, password: environment["PIO_PASSWORD"] ?? "", log: log)
            log.write("session: resumed from \(store.path)")
            await mirror(client, into: store, url: stored.url, user: stored.user, log: log, restoring: stored.tokens)
            return ConnectedClient(client: client, user: stored.user, url: stored.url, restored: true)
        }

        if !prompt, settings.user == nil || (suppliedPassword ?? environment["PIO_PASSWORD"] ?? "").isEmpty { return nil }
        guard let user = settings.user?.value else {
            throw CommandFailure(code: ExitStatus.usage, message: "no account: set PIO_USER, pass --user EMAIL or run `pio login` "
                                 + "(profile \(settings.profile.value); or add user: to it in \(settings.paths.configFile))")
        }
        guard let password = suppliedPassword ?? environment["PIO_PASSWORD"] ?? PasswordPrompt.ask(for: user), !password.isEmpty else {
            throw CommandFailure(code: ExitStatus.usage, message: "no password: run `pio login`, or set PIO_PASSWORD "
                                 + "(it is never read from the command line)")
        }
        let client = try make(settings, user: user, password: password, log: log)
        await mirror(client, into: store, url: settings.url.value, user: user, log: log, restoring: nil)
        return ConnectedClient(client: client, user: user, url: settings.url.value, restored: false)
    }

    /// A stored session is used unless the settings name another server or account (a URL left
    /// at its default means "the one I signed in to"), or Basic auth.
    static func matches(_ stored: StoredSession, _ settings: Settings) -> Bool {
        guard settings.auth.value != .basic else { return false }
        let sameURL = settings.url.source == .defaultValue || settings.url.value == stored.url
        let sameUser = settings.user.map { $0.value.lowercased() == stored.user.lowercased() } ?? true
        return sameURL && sameUser
    }

    static func make(_ settings: Settings, user: String, password: String, log: DebugLog) throws(CommandFailure) -> PortalClient {
        let trust = try trustRoots(settings, environment: ProcessInfo.processInfo.environment)
        if trust.summary != TrustRoots.system.summary { log.write("tls: trusting " + trust.summary) }
        let configuration = ClientConfiguration(baseURL: settings.url.value, username: user, password: password,
                                                auth: settings.auth.value, requestTimeout: .seconds(settings.timeout.value),
                                                userAgent: "pio/\(PioVersion.number)", trust: trust)
        var trace: (@Sendable (String) -> Void)? = nil
        if log.enabled { trace = { @Sendable (line: String) in log.write("http: " + line) } }
        do {
            return try PortalClient.live(configuration: configuration, trace: trace)
        } catch let error as APIError {
            throw CommandFailure(code: ExitStatus.code(for: error), message: error.message)
        } catch {
            throw CommandFailure(code: ExitStatus.usage, message: "\(error)")
        }
    }

    /// The CA certificates of `ca_file`, SSL_CERT_FILE and SSL_CERT_DIR, read now: a path that is
    /// missing, unreadable or holds no certificate is a usage failure naming it and its setting.
    static func trustRoots(_ settings: Settings, environment: [String: String]) throws(CommandFailure) -> TrustRoots {
        do {
            return try TrustRoots.load(caFile: settings.caFile?.value, caFileOrigin: settings.caFileOrigin, environment: environment)
        } catch {
            throw CommandFailure(code: ExitStatus.usage, message: error.description)
        }
    }

    /// Restores `tokens` (if any) and keeps the session file in step with the client from then on.
    static func mirror(_ client: PortalClient, into store: SessionStore, url: String, user: String, log: DebugLog,
                       restoring tokens: SessionTokens?) async {
        if let tokens { await client.restore(tokens: tokens) }
        await client.observeTokens(keeper(store, url: url, user: user, log: log))
    }

    static func keeper(_ store: SessionStore, url: String, user: String, log: DebugLog) -> @Sendable (SessionTokens?) -> Void {
        { (tokens: SessionTokens?) -> Void in
            do {
                if let tokens {
                    try store.save(StoredSession(url: url, user: user, tokens: tokens))
                    log.write("session: saved to \(store.path)")
                } else if try store.delete() {
                    log.write("session: ended; deleted \(store.path)")
                }
            } catch {
                StandardError.write("pio: \(error)\n")
            }
        }
    }
}

/// `PIO_LOG=debug`: one line per request and per session event on stderr (the log file while the
/// UI runs). Never a password, token or body.
struct DebugLog: Sendable {
    let enabled: Bool

    init(environment: [String: String]) { enabled = environment["PIO_LOG"]?.lowercased() == "debug" }

    func write(_ line: String) {
        guard enabled else { return }
        StandardError.write("pio[debug] " + line + "\n")
    }
}
