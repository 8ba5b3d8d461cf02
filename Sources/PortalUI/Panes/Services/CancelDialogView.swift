import PortalAPI
import PortalStore

/// Asks when and why to cancel, says what will happen, defaults to "No".
struct CancelDialogView {
    static func consequence(_ form: CancelForm, nextDue: APIDate?) -> String {
        if form.immediate { return "The service will be terminated now. This cannot be undone." }
        if let nextDue { return "The service keeps running until \(nextDue.dateString), then it ends." }
        return "The service keeps running until the end of the billing period, then it ends."
    }

    static func draw(_ dialog: CancelDialog, _ state: AppState, on canvas: any Canvas) {
        let form = dialog.form
        let nextDue = state.services.detail?.detail.value?.nextDue
            ?? state.services.summaries.value?.first { $0.id == form.serviceID }?.nextDue
        let status: (String, StyleRole)
        if dialog.sending { status = ("Sending the request…", .dim) }
        else if let error = dialog.error { status = ("Not sent: \(error)", .error) }
        else { status = ("Send the cancellation request?", .normal) }
        let focus = dialog.focusedField
        let rows: [ConfirmDialogView<CancelForm>.Row] = [
            .spacer,
            .field("When", focused: focus == .when, focuses: .when) { row, col, width in
                SelectView(form.immediate ? "Immediately" : "End of billing period", focused: focus == .when)
                    .draw(row: row, col: col, width: width, on: canvas)
            },
            .field("Reason", focused: focus == .reason, focuses: .reason) { row, col, width in
                TextFieldView(form.reason, focused: focus == .reason && !dialog.sending, placeholder: "(optional)")
                    .draw(row: row, col: col, width: width, on: canvas)
            },
            .spacer,
            .text(consequence(form, nextDue: nextDue), Style(form.immediate ? .danger : .normal, bold: form.immediate)),
            .text(status.0, Style(status.1)),
            .spacer,
            .buttons(hint: focus == nil ? nil : "Tab: next"),
            .spacer,
        ]
        ConfirmDialogView(dialog: dialog, width: 64, rows: rows).draw(on: canvas)
    }
}
