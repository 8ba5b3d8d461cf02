import PortalAPI
import PortalStore

/// Asks when and why to cancel, says what will happen, defaults to "No".
struct CancelDialogView {
    static func consequence(_ dialog: CancelDialogState, nextDue: APIDate?) -> String {
        if dialog.immediate { return "The service will be terminated now. This cannot be undone." }
        if let nextDue { return "The service keeps running until \(nextDue.dateString), then it ends." }
        return "The service keeps running until the end of the billing period, then it ends."
    }

    static func draw(_ state: AppState, on canvas: any Canvas) {
        guard let dialog = state.cancelDialog else { return }
        let area = Rect(row: 1, col: 0, width: canvas.width, height: canvas.height - 2)
        let rect = area.centered(width: 64, height: 11)
        Box(title: "Cancel service #\(dialog.serviceID)", style: Style(.danger)).draw(in: rect, on: canvas)
        let inner = rect.inset(by: 1)
        let fieldCol = inner.col + 10
        let fieldWidth = inner.width - 11
        canvas.put(row: inner.row + 1, col: inner.col + 1, "When", style: Style(dialog.focus == .when ? .accent : .dim))
        SelectView(dialog.immediate ? "Immediately" : "End of billing period", focused: dialog.focus == .when)
            .draw(row: inner.row + 1, col: fieldCol, width: fieldWidth, on: canvas)
        canvas.put(row: inner.row + 2, col: inner.col + 1, "Reason", style: Style(dialog.focus == .reason ? .accent : .dim))
        TextFieldView(dialog.reason, focused: dialog.focus == .reason && !dialog.sending, placeholder: "(optional)")
            .draw(row: inner.row + 2, col: fieldCol, width: fieldWidth, on: canvas)
        let nextDue = state.detail?.detail.value?.nextDue
            ?? state.services.value?.first { $0.id == dialog.serviceID }?.nextDue
        canvas.put(row: inner.row + 4, col: inner.col + 1, consequence(dialog, nextDue: nextDue), width: inner.width - 2,
                   style: Style(dialog.immediate ? .danger : .normal, bold: dialog.immediate))
        let status: (String, StyleRole)?
        if dialog.sending { status = ("Sending the request…", .dim) }
        else if let error = dialog.error { status = ("Not sent: \(error)", .error) }
        else { status = ("Send the cancellation request?", .normal) }
        if let status {
            canvas.put(row: inner.row + 5, col: inner.col + 1, status.0, width: inner.width - 2, style: Style(status.1))
        }
        ButtonsView(["No", "Yes, cancel"], focused: dialog.focus == .buttons ? (dialog.yesFocused ? 1 : 0) : nil)
            .draw(row: inner.row + 7, col: inner.col, width: inner.width - 1, on: canvas)
        if dialog.focus != .buttons {
            canvas.put(row: inner.row + 7, col: inner.col + 1, "Tab: next", style: Style(.dim))
        }
    }
}
