import FoundationEssentials
import PortalAPI

extension ServicesState {
    mutating func reduceCancelDialog(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        guard var dialog = cancelDialog else { return [] }
        switch dialog.reduce(action) {
        case .none, .changed: break
        case .submitField: dialog.step(1)   // When → Reason → No
        case .close:
            cancelDialog = nil
            return []
        case .confirm:
            return sendCancel(&dialog, &ctx)
        }
        cancelDialog = dialog
        return []
    }

    private mutating func sendCancel(_ dialog: inout CancelDialog, _ ctx: inout SectionContext) -> [Effect] {
        dialog.sending = true
        dialog.error = nil
        cancelDialog = dialog
        let form = dialog.form
        let reason = form.reason.text.trimmingWhitespace()
        return [ctx.request(.cancel, .cancel(serviceID: form.serviceID, immediate: form.immediate,
                                         reason: reason.isEmpty ? "Cancelled from pio" : reason))]
    }
}
