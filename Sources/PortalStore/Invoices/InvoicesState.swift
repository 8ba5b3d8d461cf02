import FoundationEssentials
import PortalAPI

/// The invoices section: the list, the open invoice and the apply-credit dialog.
public struct InvoicesState: Equatable, Sendable {
    public var summaries: Loadable<[InvoiceSummary]> = .idle {
        didSet { summariesDidChange(from: oldValue) }
    }
    public var list = InvoiceListState() {
        didSet { listDidChange(from: oldValue) }
    }
    /// The day overdue is judged against (set by the terminal at start; nil: nothing is overdue).
    public var today: APIDate? {
        didSet { if today != oldValue { reloadVisible() } }
    }
    /// The list's filtered, sorted rows, derived from the properties above by their observers.
    public internal(set) var visible = VisibleInvoices()
    /// What was prepared off the UI thread for the rows being assigned to `summaries`; set only
    /// around that assignment.
    var arriving: PreparedInvoices?
    /// The panes opened above the list, innermost last (empty: the list).
    public var stack: [InvoicesRoute] = []
    public var detail: InvoiceDetailState?
    public var creditDialog: CreditDialogState?

    public init() {}

    /// The pane on screen.
    public var route: InvoicesRoute { stack.last ?? .list }
}

public enum InvoicesRoute: Sendable, Equatable {
    case list
    case detail(id: String)
}

public struct InvoiceListState: Sendable, Equatable {
    public var selectedID: String?
    public var scroll = 0
    public var sort: InvoiceSort = .date
    public var filter = TextFieldState()
    public var isEditingFilter = false
    public init() {}
}

/// The open invoice and how far its pane is scrolled.
public struct InvoiceDetailState: Sendable, Equatable {
    public var invoiceID: String
    public var detail: Loadable<InvoiceDetail> = .idle
    /// First document row shown (kept within the document by the reducer).
    public var scroll = 0
    public init(invoiceID: String) { self.invoiceID = invoiceID }
}

/// The apply-credit dialog: the amount (the proposal until edited), the focus, and the request.
public struct CreditDialogState: Sendable, Equatable {
    public enum Focus: Sendable, Equatable { case amount, buttons }
    public var invoiceID: String
    public var amount: TextFieldState
    /// Buttons first, "No" focused: `y` applies the proposal, Tab edits the amount.
    public var focus: Focus = .buttons
    public var yesFocused = false
    /// Why the typed amount cannot be applied (checked on every edit).
    public var problem: CreditAmountProblem?
    public var sending = false
    /// The amount sent, for the message once it is applied.
    public var sentAmount: Decimal?
    /// The server's refusal, shown until the next attempt.
    public var error: String?

    public init(invoiceID: String, amount: String) {
        self.invoiceID = invoiceID
        self.amount = TextFieldState(amount, maxLength: 20)
    }
}
