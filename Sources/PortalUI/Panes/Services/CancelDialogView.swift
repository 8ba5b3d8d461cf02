import PortalAPI
import PortalStore

/// Asks when and why to cancel, says what will happen, defaults to "No".
struct CancelDialogView {
    static func consequence(_ dialog: CancelDialogState, nextDue: APIDate?) -> String {
        if dialog.immediate { return "The service will be terminated now. This cannot be undone." }
        if let nextDue { return "The service keeps running until \(nextDue.dateString), then it ends." }
        return "The service keeps running until the end of the billing period, then it ends."
    }

    private enum Line { case when, reason, consequence, status, buttons, spacer }

    static func draw(_ state: AppState, on canvas: any Canvas) {
        guard let dialog = state.services.cancelDialog else { return }
        let area = Rect(row: 1, col: 0, width: canvas.width, height: canvas.height - 2)
        let full: [Line] = [.spacer, .when, .reason, .spacer, .consequence, .status, .spacer, .buttons, .spacer]
        // On short terminals the spacers go first; the content lines always fit in the minimum size.
        let lines = full.count + 2 <= area.height ? full : full.filter { $0 != .spacer }
        let rect = area.centered(width: 64, height: lines.count + 2)
        Box(title: "Cancel service #\(dialog.serviceID)", style: Style(.danger)).draw(in: rect, on: canvas)
        let inner = rect.inset(by: 1)
        let labelWidth = 9
        let fieldCol = inner.col + 1 + labelWidth
        let fieldWidth = inner.width - labelWidth - 2
        let nextDue = state.services.detail?.detail.value?.nextDue
            ?? state.services.summaries.value?.first { $0.id == dialog.serviceID }?.nextDue
        for (offset, line) in lines.enumerated() {
            let row = inner.row + offset
            switch line {
            case .spacer:
                break
            case .when:
                canvas.put(row: row, col: inner.col + 1, "When", style: Style(dialog.focus == .when ? .accent : .dim))
                SelectView(dialog.immediate ? "Immediately" : "End of billing period", focused: dialog.focus == .when)
                    .draw(row: row, col: fieldCol, width: fieldWidth, on: canvas)
            case .reason:
                canvas.put(row: row, col: inner.col + 1, "Reason", style: Style(dialog.focus == .reason ? .accent : .dim))
                TextFieldView(dialog.reason, focused: dialog.focus == .reason && !dialog.sending, placeholder: "(optional)")
                    .draw(row: row, col: fieldCol, width: fieldWidth, on: canvas)
            case .consequence:
                canvas.put(row: row, col: inner.col + 1, consequence(dialog, nextDue: nextDue), width: inner.width - 2,
                           style: Style(dialog.immediate ? .danger : .normal, bold: dialog.immediate))
            case .status:
                let status: (String, StyleRole)
                if dialog.sending { status = ("Sending the request…", .dim) }
                else if let error = dialog.error { status = ("Not sent: \(error)", .error) }
                else { status = ("Send the cancellation request?", .normal) }
                canvas.put(row: row, col: inner.col + 1, status.0, width: inner.width - 2, style: Style(status.1))
            case .buttons:
                let buttons = ButtonsView(["No", "Yes, cancel"], focused: dialog.focus == .buttons ? (dialog.yesFocused ? 1 : 0) : nil)
                if dialog.focus != .buttons, inner.width - buttons.width > 12 {
                    canvas.put(row: row, col: inner.col + 1, "Tab: next", style: Style(.dim))
                }
                buttons.draw(row: row, col: inner.col, width: inner.width - 1, on: canvas)
            }
        }
    }
}
