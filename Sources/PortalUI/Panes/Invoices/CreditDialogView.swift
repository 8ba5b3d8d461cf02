import FoundationEssentials
import PortalAPI
import PortalStore

/// Apply credit: the available credit, what is due, the amount (the proposal until edited), what it
/// will do, and "No" focused first.
struct CreditDialogView {
    private enum Line { case credit, due, amount, outcome, buttons, spacer }

    /// What the amount will do, or why it cannot be applied.
    static func outcome(_ dialog: CreditDialogState, limits: CreditLimits?) -> (String, StyleRole) {
        if dialog.sending { return ("Applying credit…", .dim) }
        if let error = dialog.error { return ("Not applied: \(error)", .error) }
        if let problem = dialog.problem { return (problem.message, .error) }
        guard let limits, case .success(let amount) = CreditAmount.parse(dialog.amount.text, within: limits) else { return ("", .normal) }
        if amount == limits.due { return ("Pays the invoice in full.", .success) }
        return ("Leaves \(limits.text(limits.due - amount)) to pay.", .normal)
    }

    static func draw(_ state: AppState, on canvas: any Canvas) {
        guard let dialog = state.invoices.creditDialog, let invoice = state.invoices.detail?.detail.value else { return }
        let balance = state.header.balance.value
        let currency = invoice.currency.value
        let limits = balance.map { CreditLimits(credit: $0.credit, due: invoice.amountDue, currency: currency, locale: state.locale) }
        let area = Rect(row: 1, col: 0, width: canvas.width, height: canvas.height - 2)
        let full: [Line] = [.spacer, .credit, .due, .amount, .spacer, .outcome, .spacer, .buttons, .spacer]
        let lines = full.count + 2 <= area.height ? full : full.filter { $0 != .spacer }
        let rect = area.centered(width: 60, height: lines.count + 2)
        Box(title: "Apply credit to invoice \(invoice.number.value)", style: Style(.accent)).draw(in: rect, on: canvas)
        let inner = rect.inset(by: 1)
        let narrow = inner.width < 50
        let labels = narrow ? ("Credit", "Due", "Apply") : ("Available credit", "Amount due", "Amount to apply")
        let labelWidth = narrow ? 8 : 18
        let valueCol = inner.col + 1 + labelWidth
        let valueWidth = inner.width - labelWidth - 2
        func money(_ x: Decimal?) -> String { x.map { Money.text($0, currency: currency, locale: state.locale) } ?? "—" }
        let symbol = Money.symbol(currency, locale: state.locale)
        for (offset, line) in lines.enumerated() {
            let row = inner.row + offset
            switch line {
            case .spacer:
                break
            case .credit:
                canvas.put(row: row, col: inner.col + 1, TextWidth.fit(labels.0, to: labelWidth), style: Style(.dim))
                canvas.put(row: row, col: valueCol, money(balance?.credit), width: valueWidth)
            case .due:
                canvas.put(row: row, col: inner.col + 1, TextWidth.fit(labels.1, to: labelWidth), style: Style(.dim))
                canvas.put(row: row, col: valueCol, money(invoice.amountDue), width: valueWidth)
            case .amount:
                let focused = dialog.focus == .amount
                canvas.put(row: row, col: inner.col + 1, TextWidth.fit(labels.2, to: labelWidth),
                           style: Style(focused ? .accent : .dim))
                let fieldWidth = max(1, min(12, valueWidth - TextWidth.of(symbol) - 1))
                TextFieldView(dialog.amount, focused: focused && !dialog.sending).draw(row: row, col: valueCol, width: fieldWidth, on: canvas)
                canvas.put(row: row, col: valueCol + fieldWidth + 1, symbol, style: Style(.dim))
            case .outcome:
                let (text, role) = outcome(dialog, limits: limits)
                canvas.put(row: row, col: inner.col + 1, text, width: inner.width - 2, style: Style(role, bold: role == .error))
            case .buttons:
                let buttons = ButtonsView(["No", "Apply credit"], focused: dialog.focus == .buttons ? (dialog.yesFocused ? 1 : 0) : nil)
                let hint = dialog.focus == .buttons ? "Tab: edit amount" : "Enter: done"
                if inner.width - buttons.width > TextWidth.of(hint) + 2 {
                    canvas.put(row: row, col: inner.col + 1, hint, style: Style(.dim))
                }
                buttons.draw(row: row, col: inner.col, width: inner.width - 1, on: canvas)
            }
        }
    }
}
