import PortalAPI

/// What the sign-in form sends. The password is never part of its description, so printing an
/// effect or an action (in a test failure, a debugger, a crash report) cannot show it.
public struct SignInRequest: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable {
    public var url: String
    public var email: String
    public var password: String
    public var auth: AuthMode

    public init(url: String, email: String, password: String, auth: AuthMode) {
        self.url = url
        self.email = email
        self.password = password
        self.auth = auth
    }

    public var description: String { "SignInRequest(url: \(url), email: \(email), password: ***, auth: \(auth.rawValue))" }
    public var debugDescription: String { description }
    public var customMirror: Mirror {
        Mirror(self, children: ["url": url, "email": email, "password": "***", "auth": auth], displayStyle: .struct)
    }
}

/// A sign-in that worked: who is now signed in, where.
public struct SignedIn: Sendable, Equatable {
    public var account: SignInAccount
    public init(account: SignInAccount) { self.account = account }
}

/// How signing out went: revoked on the server, or only forgotten here.
public enum SignOutOutcome: Sendable, Equatable {
    case revoked
    /// The server could not be reached or refused; the tokens were deleted here anyway.
    case localOnly(String)
    /// The revocation was sent but no answer came: the server may have revoked the session
    /// (`Write.signOut`); the tokens were deleted here anyway.
    case unanswered
}
