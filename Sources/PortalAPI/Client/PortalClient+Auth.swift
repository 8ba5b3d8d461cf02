import FoundationEssentials

extension PortalClient {
    /// Logs in now (JWT via `/login`; with `auto`, falls back to Basic when `/login` fails with a
    /// server error; with Basic, checks the credentials with one request).
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
        do {
            let body: JSONValue = .object(["username": .string(configuration.username),
                                           "password": .string(configuration.password)])
            let json = try await call(.POST, "/login", query: [], body: body, authenticated: false)
            guard let tokens = PortalClient.tokens(from: json) else {
                throw APIError.unreadableResponse("the login answer holds no token")
            }
            await session.setTokens(tokens)
        } catch let error as APIError {
            guard configuration.auth == .auto, PortalClient.allowsBasicFallback(error) else { throw error }
            await session.switchToBasic()
            do { _ = try await get("/balance") } catch APIError.httpStatus(401, _) { throw APIError.wrongCredentials }
        }
    }

    /// `auto` falls back to Basic when `/login` itself is broken or disabled, not for wrong credentials
    /// or an unreachable server.
    static func allowsBasicFallback(_ error: APIError) -> Bool {
        switch error {
        case .server, .httpStatus, .unreadableResponse: return true
        default: return false
        }
    }

    func requestRefresh(_ refreshToken: String) async throws -> SessionTokens {
        let json = try await call(.POST, "/token", query: [], body: .object(["refresh_token": .string(refreshToken)]),
                                  authenticated: false)
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
