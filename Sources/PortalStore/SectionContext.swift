import PortalAPI

/// What a section may use of the global state while it reduces: the screen size, the balance,
/// the message line and the request book. The top level copies it in and out around each call.
public struct SectionContext: Sendable {
    public let width: Int
    public let height: Int
    /// The account balance as the header shows it (read-only for sections).
    public let balance: Balance?
    /// How amounts are written and typed (the app's locale).
    public var locale: MoneyLocale = .en
    /// The account's amounts as the panes write them (its currency, the app's locale).
    public var amounts = AmountStyle(currency: "", locale: .en)
    /// The message under the pane; a section sets it to report a result or an error.
    public var flash: Flash?
    /// Set to make the top level switch sections and open something there.
    public var open: CrossLink?
    var requests: RequestBook
    /// Set by `refreshBalance()`; the top level reloads the balance after the section returns.
    var wantsBalance = false
    /// Set by `rereadAccount()`; the top level refreshes services and invoices after the section returns.
    var wantsAccountReread = false

    public init(width: Int, height: Int, balance: Balance?, flash: Flash?, requests: RequestBook) {
        self.width = width
        self.height = height
        self.balance = balance
        self.flash = flash
        self.requests = requests
    }

    /// Rows available to a list: everything but header, column titles, message line and status bar.
    public var listViewportRows: Int { Self.viewportRows(height: height) }

    static func viewportRows(height: Int) -> Int { max(1, height - 4) }

    public mutating func request(_ slot: RequestSlot, _ call: Call) -> Effect { requests.start(slot, call) }

    public mutating func cancel(_ slot: RequestSlot) -> [Effect] { requests.cancel(slot) }

    public func isPending(_ slot: RequestSlot) -> Bool { requests.isPending(slot) }

    /// Asks the top level to reload the balance in the header (after anything that changes it).
    public mutating func refreshBalance() { wantsBalance = true }

    /// Asks the top level to re-read services and invoices (after a write whose outcome is unknown).
    public mutating func rereadAccount() { wantsAccountReread = true }
}

/// Something in another section that a section wants shown.
public enum CrossLink: Sendable, Equatable {
    case invoice(id: String)
}
