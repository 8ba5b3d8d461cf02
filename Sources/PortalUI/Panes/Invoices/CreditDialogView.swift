import FoundationEssentials
import PortalAPI
import PortalStore

/// Apply credit: the available credit, what is due, the amount (the proposal until edited), what it
/// will do, and "No" focused first.
struct CreditDialogView {
    /// What the amount will do, or why it cannot be applied.
    static func outcome(_ dialog: CreditDialog, limits: CreditLimits?) -> (String, StyleRole) {
        if dialog.sending { return ("Applying credit…", .dim) }
        if let error = dialog.error { return ("Not applied: \(error)", .error) }
        if let problem = dialog.form.problem { return (problem.message, .error) }
        guard let limits, case .success(let amount) = CreditAmount.parse(dialog.form.amount.text, within: limits) else { return ("", .normal) }
        if amount == limits.due { return ("Pays the invoice in full.", .success) }
        return ("Leaves \(limits.text(limits.due - amount)) to pay.", .normal)
    }

    static func draw(_ dialog: CreditDialog, _ state: AppState, on canvas: any Canvas) {
        guard let invoice = state.invoices.detail?.detail.value else { return }
        let balance = state.header.balance.value
        let currency = invoice.currency.value
        let limits = balance.map { CreditLimits(credit: $0.credit, due: invoice.amountDue, currency: currency, locale: state.locale) }
        let width = 60
        let narrow = ConfirmDialogView<CreditForm>.inner(width: width, on: canvas) < 50
        let labels = narrow ? ("Credit", "Due", "Apply") : ("Available credit", "Amount due", "Amount to apply")
        func money(_ x: Decimal?) -> String { x.map { Money.text($0, currency: currency, locale: state.locale) } ?? "—" }
        let symbol = Money.symbol(currency, locale: state.locale)
        let focused = dialog.focusedField == .amount
        let (text, role) = outcome(dialog, limits: limits)
        let rows: [ConfirmDialogView<CreditForm>.Row] = [
            .spacer,
            .field(labels.0, focused: false) { row, col, width in canvas.put(row: row, col: col, money(balance?.credit), width: width) },
            .field(labels.1, focused: false) { row, col, width in canvas.put(row: row, col: col, money(invoice.amountDue), width: width) },
            .field(labels.2, focused: focused, focuses: .amount) { row, col, width in
                let fieldWidth = max(1, min(12, width - TextWidth.of(symbol) - 1))
                TextFieldView(dialog.form.amount, focused: focused && !dialog.sending).draw(row: row, col: col, width: fieldWidth, on: canvas)
                canvas.put(row: row, col: col + fieldWidth + 1, symbol, style: Style(.dim))
            },
            .spacer,
            .text(text, Style(role, bold: role == .error)),
            .spacer,
            .buttons(hint: focused ? "Enter: done" : "Tab: edit amount"),
            .spacer,
        ]
        ConfirmDialogView(dialog: dialog, width: width, labelWidth: narrow ? 8 : 18, rows: rows).draw(on: canvas)
    }
}
