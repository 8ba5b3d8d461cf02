import FoundationEssentials
import PortalAPI

/// The whole state of the interactive portal. Rendering is a pure function of it.
/// One field per section; the rest is what every section shares.
public struct AppState: Equatable, Sendable {
    public var width: Int = 80
    public var height: Int = 24
    public var section: Section = .services
    public var services = ServicesState()
    public var invoices = InvoicesState()
    public var catalogue = CatalogueState()
    public var signIn = SignInState()
    public var session: SessionState = .signedOut
    public var header: HeaderState
    /// The active profile and the profiles last read (`P`).
    public var profiles = ProfilesState()
    /// Help, the sign-out question or the copy chooser, if one is open (`AppModal`; the sign-in
    /// form is `signIn.presentation`, said there why).
    public var modal: AppModal?
    /// The page the `?` overlay shows, counted round its pages (only the view knows how many).
    public var helpPage = 0
    public var flash: Flash?
    public var spinnerPhase = 0
    public var requests = RequestBook()
    /// How amounts are written (the `locale` setting, else LC_ALL / LC_MONETARY / LANG).
    public var locale: MoneyLocale = .en
    /// False when the `clipboard` setting is off: `y` copies nothing.
    public var clipboardEnabled = true

    public init(user: String, width: Int = 80, height: Int = 24) {
        self.header = HeaderState(user: user)
        self.width = width
        self.height = height
    }

    /// The account's currency: the balance's, else the one every loaded invoice carries.
    public var accountCurrency: AccountCurrency {
        AccountCurrency(balance: header.balance.value, invoiceCurrencies: invoices.visible.currencies)
    }

    /// An amount in the account's currency, the locale's way ("9.99 USD", "9,99 €"; bare when the
    /// currency is not known).
    public func money(_ amount: Decimal) -> String { amounts(amount) }

    /// True while any request is in flight (the spinner needs ticks).
    public var wantsTicks: Bool { requests.anyInFlight }

    public static let minimumWidth = 40
    public static let minimumHeight = 10
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Rows available to a list: everything but header, column titles, message line and status bar.
    public var listViewportRows: Int { SectionContext.viewportRows(height: height) }
}

/// What the header shows whatever the section: who is signed in and the account's balance.
public struct HeaderState: Equatable, Sendable {
    public var user: String
    public var balance: Loadable<Balance> = .idle
    public init(user: String) { self.user = user }
}

public enum SessionState: Sendable, Equatable {
    case signedOut
    case signingIn
    case signedIn
    case failed(String)
}

/// A one-line message under the pane: the result of an action or an error.
public struct Flash: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case info, error }
    public var kind: Kind
    public var text: String
    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
