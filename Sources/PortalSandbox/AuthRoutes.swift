/// `POST /login`, `/logout`, `/token`, `/revoke`.
enum AuthRoutes {
    static let routes: [Route] = [
        Route("POST", "login", .open, login),
        Route("POST", "logout", .signedIn, logout),
        Route("POST", "token", .open, refresh),
        Route("POST", "revoke", .open, revoke),
    ]

    static func login(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        // An install with JWT disabled answers /login like this [hostbill-notes: "internal_error_0"].
        guard call.auth != .basic else { return .error("internal_error_0") }
        let user = call.text("username") ?? call.text("email") ?? ""
        let password = call.text("password") ?? ""
        guard user.lowercased() == state.account.email.lowercased(), password == state.account.password else {
            return .error("wronglogin")
        }
        let issued = state.tokens.login(subject: String(state.account.client.id), ttl: call.tokenTTL, now: call.now)
        return .ok(["token": .string(issued.token), "refresh": .string(issued.refresh)])
    }

    static func logout(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        if case .bearer(let token) = call.credentials { state.tokens.dropAccess(token) }
        return .success("logout_success")
    }

    static func refresh(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        guard call.auth != .basic else { return .error("internal_error_0") }
        guard let refresh = call.text("refresh_token") ?? call.text("refresh"), !refresh.isEmpty else {
            return .error("missing_refresh_token")
        }
        guard let token = state.tokens.refresh(refresh, subject: String(state.account.client.id),
                                               ttl: call.tokenTTL, now: call.now) else {
            return .http(401, "invalid_refresh_token")
        }
        return .ok(["token": .string(token)])
    }

    static func revoke(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        var access: String?
        if case .bearer(let token) = call.credentials, state.tokens.check(access: token, now: call.now) == .valid {
            access = token
        }
        let refresh = call.text("refresh_token")
        guard state.tokens.revoke(refresh: refresh, access: access) else { return .http(401, "invalid_token") }
        return .success("token_revoked")
    }
}

/// Decides whether a request to a signed-in route may proceed, given the install's auth mode.
enum AuthGate {
    /// nil when allowed; otherwise the 401 to send.
    static func check(_ call: SandboxCall, state: SandboxState) -> Reply? {
        switch call.credentials {
        case .bearer(let token):
            guard call.auth != .basic else { return unauthorized(call.auth, "jwt_disabled") }
            switch state.tokens.check(access: token, now: call.now) {
            case .valid: return nil
            case .expired: return unauthorized(call.auth, "token_expired")
            case .unknown: return unauthorized(call.auth, "invalid_token")
            }
        case .basic(let user, let password):
            guard call.auth != .jwt else { return unauthorized(call.auth, "basic_auth_disabled") }
            guard user.lowercased() == state.account.email.lowercased(), password == state.account.password else {
                return unauthorized(call.auth, "wronglogin")
            }
            return nil
        case .none, .malformed:
            return unauthorized(call.auth, "unauthorized")
        }
    }

    private static func unauthorized(_ mode: SandboxAuth, _ key: String) -> Reply {
        var reply = Reply.http(401, key)
        if mode != .jwt { reply.headers.append(("WWW-Authenticate", "Basic realm=\"HostBill\"")) }
        return reply
    }
}
