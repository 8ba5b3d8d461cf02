import FoundationEssentials

extension PortalClient {
    /// Logs in now (JWT via `/login`; with `auto`, falls back to Basic when the answer shows token
    /// sign-in is off on this install, see `basicFallbackReason`; with Basic, checks the credentials with one request).
    public func login() async throws {
        await session.clear()
        try await session.sharedLogin { [self] in try await self.performLogin() }
    }

    /// Signs in unless the client already holds tokens (a restored session): then it costs no
    /// request, and the first call checks the session (refreshing it if needed).
    public func signInIfNeeded() async throws {
        if await session.tokens != nil { return }
        try await login()
    }

    /// `POST /logout`: the server drops the access token. The local session is cleared either way.
    @discardableResult
    public func logout() async throws -> ServerMessages {
        guard await session.tokens != nil else { await session.clear(); return ServerMessages([]) }
        let json: JSONValue
        do { json = try await post("/logout") } catch { await session.clear(); throw error }
        await session.clear()
        return ServerMessages(json: json["info"])
    }

    /// `POST /revoke`: the server drops the access and the refresh token.
    @discardableResult
    public func revoke() async throws -> ServerMessages {
        guard let tokens = await session.tokens else { return ServerMessages([]) }
        var body: [String: JSONValue] = [:]
        if let r = tokens.refresh { body["refresh_token"] = .string(r) }
        let json = try await post("/revoke", body: .object(body))
        await session.clear()
        return ServerMessages(json: json["info"])
    }

    /// `POST /token`: renews the access token now (shared with any refresh already running).
    public func refresh() async throws {
        guard let tokens = await session.tokens else { throw APIError.notLoggedIn }
        try await session.sharedRefresh(after: tokens.access, { [self] in try await self.requestRefresh($0) })
    }

    // MARK: - Internals used by AuthSession

    func performLogin() async throws {
        if await session.usesBasic {
            _ = try await get("/balance")
            return
        }
        let reason: String
        do {
            let body: JSONValue = .object(["username": .string(configuration.username),
                                           "password": .string(configuration.password)])
            let json = try await call(.POST, "/login", query: [], body: body, authenticated: false, secret: .password)
            if let tokens = PortalClient.tokens(from: json) {
                await session.setTokens(tokens)
                return
            }
            guard configuration.auth == .auto else { throw APIError.unreadableResponse("the login answer holds no token") }
            reason = "/login answered without a token"
        } catch let error as APIError {
            guard configuration.auth == .auto, let why = PortalClient.basicFallbackReason(error) else { throw error }
            reason = why
        }
        await session.switchToBasic(because: reason)
        do { _ = try await get("/balance") } catch APIError.httpStatus(401, _) { throw APIError.wrongCredentials }
    }

    /// `auto` falls back to Basic only on the answers that mean token sign-in is off or broken on this
    /// install: `internal_error_0` to the credentials (below HTTP 500), no such route (404, 405) or
    /// not implemented (501). Never on wrong credentials, an unreachable server, a timeout, a 429 or
    /// a 500/502/503/504, which may pass (the sign-in is retried like a read, then the failure is reported).
    static func basicFallbackReason(_ error: APIError) -> String? {
        switch error {
        case .server(let messages) where messages.contains(key: "internal_error_0"):
            return "/login answered internal_error_0"
        case .httpStatus(let code, let messages) where code < 500 && messages.contains(key: "internal_error_0"):
            return "/login answered HTTP \(code) internal_error_0"
        case .httpStatus(let code, _) where code == 404 || code == 405 || code == 501:
            return "/login answered HTTP \(code)\(APIError.statusName(code).map { " (\($0))" } ?? "")"
        default:
            return nil
        }
    }

    /// Once, after `auto` fell back to HTTP Basic: a sentence saying so and why (for a notice);
    /// nil otherwise and on every later call.
    public func takeBasicAuthNotice() async -> String? {
        guard let reason = await session.takeUntoldFallback() else { return nil }
        return PortalClient.basicAuthNotice(reason)
    }

    static func basicAuthNotice(_ reason: String) -> String {
        "Token sign-in is not available on this server (\(reason)): pio uses HTTP Basic, which sends the password with every request."
    }

    func requestRefresh(_ refreshToken: String) async throws -> SessionTokens {
        let json = try await call(.POST, "/token", query: [], body: .object(["refresh_token": .string(refreshToken)]),
                                  authenticated: false, secret: .refreshToken)
        guard let tokens = PortalClient.tokens(from: json) else {
            throw APIError.unreadableResponse("the token answer holds no token")
        }
        return tokens
    }

    static func tokens(from json: JSONValue) -> SessionTokens? {
        let root = json["token"].isNull && json["access_token"].isNull ? json["data"] : json
        guard let access = (root["token"].string ?? root["access_token"].string), !access.isEmpty else { return nil }
        let refresh = root["refresh"].string ?? root["refresh_token"].string
        return SessionTokens(access: access, refresh: (refresh?.isEmpty ?? true) ? nil : refresh)
    }
}
