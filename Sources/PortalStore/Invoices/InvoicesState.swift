import FoundationEssentials
import PortalAPI

/// The invoices section: the list, the open invoice and the apply-credit dialog.
public struct InvoicesState: Equatable, Sendable {
    /// The invoices as last loaded; new rows go through `load(_:)`, which updates the list.
    public internal(set) var summaries: Loadable<[InvoiceSummary]> = .idle
    /// The list: selection, scroll, sort, filter and the shown rows.
    public internal(set) var list = ListModel(VisibleInvoices(), sort: ListOrder(InvoiceSort.date))
    /// The day overdue is judged against (set by the terminal at start through `setToday(_:)`;
    /// nil: nothing is overdue).
    public internal(set) var today: APIDate?
    /// The panes opened above the list, innermost last (empty: the list). Each carries its state.
    public var path: [InvoicesPane] = []
    /// What has the keyboard over the pane on screen, if anything.
    public var modal: InvoicesModal?
    /// The invoice last closed, shown at once (while it reloads) when it is opened again.
    var lastDetail: InvoiceDetailState?

    public init() {}

    /// The pane on screen.
    public var route: InvoicesRoute { path.last?.route ?? .list }

    /// The open invoice.
    public var detail: InvoiceDetailState? {
        for case .detail(let pane) in path { return pane }
        return nil
    }

    public var creditDialog: CreditDialog? {
        if case .credit(let dialog) = modal { return dialog }
        return nil
    }

    /// Changes the open invoice, if one is open.
    mutating func updateDetail(_ body: (inout InvoiceDetailState) -> Void) {
        for i in path.indices {
            guard case .detail(var pane) = path[i] else { continue }
            body(&pane)
            path[i] = .detail(pane)
        }
    }
}

/// A pane above the invoices list, with its state.
public enum InvoicesPane: Sendable, Equatable {
    case detail(InvoiceDetailState)

    public var route: InvoicesRoute {
        switch self {
        case .detail(let pane): return .detail(id: pane.invoiceID)
        }
    }
}

/// What has the keyboard over an invoices pane: the list's filter line or the apply-credit dialog.
public enum InvoicesModal: Sendable, Equatable {
    case filter
    case credit(CreditDialog)
}

/// Where the user is in the section, as the header and the tests name it.
public enum InvoicesRoute: Sendable, Equatable {
    case list
    case detail(id: String)
}

/// The open invoice and how far its pane is scrolled.
public struct InvoiceDetailState: Sendable, Equatable {
    public var invoiceID: String
    public var detail: Loadable<InvoiceDetail> = .idle
    /// First document row shown (kept within the document by the reducer).
    public var scroll = 0
    public init(invoiceID: String) { self.invoiceID = invoiceID }
}

/// The apply-credit dialog's field: the amount (the proposal until edited), why it cannot be
/// applied, and what was sent; the focus, sending and the refusal are the shared `ConfirmDialog`'s.
public struct CreditForm: DialogForm {
    public enum Field: CaseIterable, Sendable, Equatable { case amount }
    public var invoiceID: String
    public var amount: TextFieldState
    /// Why the typed amount cannot be applied (checked on every edit).
    public var problem: CreditAmountProblem?
    /// The amount sent, for the message once it is applied.
    public var sentAmount: Decimal?

    public init(invoiceID: String, amount: String) {
        self.invoiceID = invoiceID
        self.amount = TextFieldState(amount, maxLength: 20)
    }

    public func isText(_ field: Field) -> Bool { true }
    public mutating func change(_ field: Field, by delta: Int) {}
    public mutating func edit(_ field: Field, _ edit: TextEdit) { amount.apply(edit) }
}

public typealias CreditDialog = ConfirmDialog<CreditForm>

extension ConfirmDialog where Form == CreditForm {
    /// "No" focused: `y` applies the proposal, Tab (backwards) edits the amount.
    public static func credit(invoiceID: String, number: String, amount: String) -> CreditDialog {
        CreditDialog(title: "Apply credit to invoice \(number)", yesLabel: "Apply credit", tone: .accent,
                     form: CreditForm(invoiceID: invoiceID, amount: amount))
    }
}
