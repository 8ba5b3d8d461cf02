import FoundationEssentials

/// Tokens from `/login` or `/token`.
public struct SessionTokens: Sendable, Equatable {
    public var access: String
    public var refresh: String?
    /// The JWT's `exp`, when it has one.
    public var expiry: Date?
    /// When the client received the access token (to scale the refresh margin to short lifetimes).
    public var received: Date

    public init(access: String, refresh: String?, expiry: Date? = nil, received: Date = Date()) {
        self.access = access; self.refresh = refresh; self.expiry = expiry ?? JWT.expiry(of: access)
        self.received = received
    }

    /// True when the token should be renewed before use: within `leeway` of `exp`, but never
    /// more than a quarter of the token's lifetime early.
    func needsRefresh(leeway: Duration, now: Date = Date()) -> Bool {
        guard let expiry, refresh != nil else { return false }
        let lifetime = max(0, expiry.timeIntervalSince(received))
        let margin = min(Double(leeway.components.seconds), lifetime / 4)
        return expiry.timeIntervalSince(now) <= margin
    }
}

/// What goes into the `Authorization` header of one request.
enum Credential: Sendable, Equatable {
    case bearer(String)
    case basic(String)

    var header: String {
        switch self {
        case .bearer(let t): return "Bearer " + t
        case .basic(let b): return "Basic " + b
        }
    }
}

/// The auth state of one client: tokens or Basic, and the one login / one refresh in flight that
/// concurrent requests share.
actor AuthSession {
    private(set) var tokens: SessionTokens?
    private(set) var usesBasic: Bool
    private var loginTask: Task<Void, any Error>?
    private var refreshTask: Task<Void, any Error>?
    /// How many `/token` calls this session made (for diagnostics and tests).
    private(set) var refreshCount = 0

    /// Told about every change of the tokens (login, refresh, logout, a failed refresh), so a
    /// caller can keep its stored session in step.
    private var observer: (@Sendable (SessionTokens?) -> Void)?

    init(mode: AuthMode) { usesBasic = (mode == .basic) }

    func setTokens(_ t: SessionTokens?) {
        let changed = t != tokens
        tokens = t
        if changed { observer?(t) }
    }
    /// Why `auto` fell back to Basic (nil when it did not), and whether that was not yet told.
    private(set) var basicFallback: String?
    private var basicFallbackUntold = false
    func switchToBasic(because reason: String) {
        usesBasic = true
        setTokens(nil)
        if basicFallback == nil { basicFallbackUntold = true }
        basicFallback = reason
    }
    /// The fallback's reason the first time it is asked for; nil afterwards.
    func takeUntoldFallback() -> String? {
        guard basicFallbackUntold else { return nil }
        basicFallbackUntold = false
        return basicFallback
    }
    func clear() { setTokens(nil) }
    func observe(_ f: @escaping @Sendable (SessionTokens?) -> Void) { observer = f }

    /// The credential for the next request: logs in first when needed, refreshes ahead of `exp`.
    func credential(basic: String, leeway: Duration, login: @escaping @Sendable () async throws -> Void,
                    refresh: @escaping @Sendable (String) async throws -> SessionTokens) async throws -> Credential {
        if usesBasic { return .basic(basic) }
        if tokens == nil { try await sharedLogin(login) }
        if usesBasic { return .basic(basic) }
        guard let t = tokens else { throw APIError.notLoggedIn }
        if t.needsRefresh(leeway: leeway) {
            try await sharedRefresh(after: t.access, refresh)
        }
        guard let now = tokens else { throw APIError.sessionExpired }
        return .bearer(now.access)
    }

    func sharedLogin(_ login: @escaping @Sendable () async throws -> Void) async throws {
        if let running = loginTask { return try await running.value }
        let task = Task { try await login() }
        loginTask = task
        defer { loginTask = nil }
        try await task.value
    }

    /// Renews the access token unless someone already replaced `failedToken`; concurrent callers
    /// share one `/token` call. A failed refresh clears the session and throws `sessionExpired`.
    func sharedRefresh(after failedToken: String, _ refresh: @escaping @Sendable (String) async throws -> SessionTokens) async throws {
        if let running = refreshTask { return try await running.value }
        guard let current = tokens, current.access == failedToken else {
            if tokens == nil { throw APIError.sessionExpired }
            return
        }
        guard let refreshToken = current.refresh else { setTokens(nil); throw APIError.sessionExpired }
        refreshCount += 1
        let task = Task { [weak self] in
            do {
                var fresh = try await refresh(refreshToken)
                if fresh.refresh == nil { fresh.refresh = refreshToken }
                await self?.setTokens(fresh)
            } catch let e as APIError where e.isNetworkFailure {
                throw e
            } catch {
                await self?.setTokens(nil)
                throw APIError.sessionExpired
            }
        }
        refreshTask = task
        defer { refreshTask = nil }
        try await task.value
    }
}
