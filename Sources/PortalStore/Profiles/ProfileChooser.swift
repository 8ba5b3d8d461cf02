import PortalAPI

/// A profile as the chooser lists it. The name and the values come from the config file and the
/// session files: untrusted text, drawn through `SafeText` like the server's.
public struct ProfileSummary: Sendable, Equatable {
    public enum Session: Sendable, Equatable { case stored, none, refused }

    public var name: String
    /// Nil when the profile's settings cannot be read.
    public var url: String?
    public var user: String?
    public var session: Session

    public init(name: String, url: String?, user: String?, session: Session) {
        self.name = name
        self.url = url
        self.user = user
        self.session = session
    }
}

/// Where switching to a profile led (the effect has already swapped the client).
public enum ProfileSwitch: Sendable, Equatable {
    /// Its stored session was resumed, no password asked: the portal goes on as that account.
    case signedIn(profile: String, account: SignInAccount, auth: AuthMode)
    /// No stored session: the sign-in form, prefilled with its server and account.
    case needsSignIn(profile: String, url: String, user: String, auth: AuthMode)
}

/// The profiles at the top level: the active one, and the list last read (the header names the
/// profile when there are several or it is not `default`).
public struct ProfilesState: Sendable, Equatable {
    public var active: String
    public var known: [ProfileSummary]
    /// The profile left for one without a session, while its sign-in form is up: Esc goes back to it.
    public var returnTo: String?

    public init(active: String = "default", known: [ProfileSummary] = []) {
        self.active = active
        self.known = known
    }

    /// The name the header puts before the account; nil for the one `default` profile.
    public var headerName: String? { known.count > 1 || active != "default" ? active : nil }
}

/// After `P`: the profiles, one selected; Enter switches to it.
public struct ProfileChooser: Sendable, Equatable {
    /// Read again each time the chooser opens; the last list is shown meanwhile.
    public var profiles: Loadable<[ProfileSummary]>
    public var selected: Int
    /// The profile being switched to, while its answer is awaited (keys wait too).
    public var switching: String?

    public init(profiles: Loadable<[ProfileSummary]>, selected: Int = 0, switching: String? = nil) {
        self.profiles = profiles
        self.selected = selected
        self.switching = switching
    }

    public var rows: [ProfileSummary] { profiles.value ?? [] }
}
