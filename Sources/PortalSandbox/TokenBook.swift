import Foundation

/// Issued JWTs and refresh tokens. Tokens look real (`header.payload.signature`, base64url JSON with
/// `exp` and `sub`) but are validated only by lookup here.
struct TokenBook: Sendable {
    struct Session: Sendable {
        var refresh: String
        var accessTokens: [String: Date]
    }

    private var sessions: [String: Session] = [:]   // keyed by refresh token

    struct Issued: Sendable {
        let token: String
        let refresh: String
    }

    mutating func login(subject: String, ttl: Int, now: Date) -> Issued {
        let refresh = TokenBook.randomToken(bytes: 32)
        let access = TokenBook.jwt(subject: subject, ttl: ttl, now: now)
        sessions[refresh] = Session(refresh: refresh, accessTokens: [access: now.addingTimeInterval(Double(ttl))])
        return Issued(token: access, refresh: refresh)
    }

    /// A new access token for a known refresh token (the refresh token stays the same).
    mutating func refresh(_ refresh: String, subject: String, ttl: Int, now: Date) -> String? {
        guard sessions[refresh] != nil else { return nil }
        let access = TokenBook.jwt(subject: subject, ttl: ttl, now: now)
        sessions[refresh]?.accessTokens[access] = now.addingTimeInterval(Double(ttl))
        return access
    }

    enum Check: Equatable { case valid, expired, unknown }

    func check(access token: String, now: Date) -> Check {
        for session in sessions.values {
            if let exp = session.accessTokens[token] { return exp > now ? .valid : .expired }
        }
        return .unknown
    }

    /// `/logout`: that access token only.
    mutating func dropAccess(_ token: String) {
        for key in sessions.keys where sessions[key]?.accessTokens[token] != nil {
            sessions[key]?.accessTokens[token] = nil
        }
    }

    /// `/revoke`: the whole session, found by refresh token or by one of its access tokens.
    @discardableResult
    mutating func revoke(refresh: String?, access: String?) -> Bool {
        if let refresh, sessions.removeValue(forKey: refresh) != nil { return true }
        if let access, let key = sessions.first(where: { $0.value.accessTokens[access] != nil })?.key {
            sessions[key] = nil
            return true
        }
        return false
    }

    static func jwt(subject: String, ttl: Int, now: Date) -> String {
        let iat = Int(now.timeIntervalSince1970)
        let header: JSON = ["typ": "JWT", "alg": "RS256"]
        let payload: JSON = ["iss": "pio-sandbox", "sub": .string(subject), "iat": .number(String(iat)),
                             "exp": .number(String(iat + ttl)), "jti": .string(randomToken(bytes: 12))]
        return base64url(Array(header.serialized().utf8)) + "." + base64url(Array(payload.serialized().utf8))
            + "." + randomToken(bytes: 64)
    }

    static func randomToken(bytes count: Int) -> String {
        var rng = SystemRandomNumberGenerator()
        return base64url((0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) })
    }

    static func base64url(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
