import PortalAPI

/// The sign-in form: the whole screen when there is no session yet, and an overlay over the
/// portal when a session ends mid-use (the sections underneath are left exactly as they were).
public struct SignInState: Equatable, Sendable {
    public enum Field: Int, CaseIterable, Sendable { case url, email, password, auth }

    public enum Presentation: Sendable, Equatable {
        case hidden
        /// No session yet: the form is the screen.
        case screen
        /// The session ended while the portal was in use: the form sits over the section.
        case overlay
    }

    public var presentation: Presentation = .hidden
    public var url = TextFieldState(maxLength: 300)
    public var email = TextFieldState(maxLength: 254)
    /// Shown masked; emptied as soon as it is sent, so a failed attempt asks for it again.
    public var password = TextFieldState(maxLength: 256)
    public var auth: AuthMode = .auto
    public var focus: Field = .email
    public var submitting = false
    /// Why the form is shown or why the last attempt failed, as a sentence.
    public var message: String?
    /// News that is not a problem, e.g. how signing out went.
    public var notice: String?
    /// The server and account whose data the sections hold while the overlay is up: signing in
    /// to the same one keeps them, another one starts afresh.
    public var sectionsAccount: SignInAccount?

    public init() {}

    /// The form prefilled from the settings; the focus starts on the first empty field.
    public init(url: String, email: String, auth: AuthMode, presentation: Presentation = .screen) {
        self.url = TextFieldState(url, maxLength: 300)
        self.email = TextFieldState(email, maxLength: 254)
        self.auth = auth
        self.presentation = presentation
        self.focus = url.isEmpty ? .url : (email.isEmpty ? .email : .password)
    }

    public var isShown: Bool { presentation != .hidden }
    public var isOverlay: Bool { presentation == .overlay }

    /// The account the form would sign in to.
    public var account: SignInAccount { SignInAccount(url: url.text, email: email.text) }
}

/// A server and an account on it.
public struct SignInAccount: Sendable, Hashable {
    public var url: String
    public var email: String

    public init(url: String, email: String) {
        self.url = url
        self.email = email
    }

    func same(as other: SignInAccount) -> Bool {
        url.trimmingTrailingSlash == other.url.trimmingTrailingSlash && email.lowercased() == other.email.lowercased()
    }
}

extension String {
    var trimmingTrailingSlash: String { hasSuffix("/") ? String(dropLast()) : self }
}
