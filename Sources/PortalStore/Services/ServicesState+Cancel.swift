import FoundationEssentials
import PortalAPI

extension ServicesState {
    mutating func reduceCancelDialog(_ dialog: CancelDialog, _ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        var dialog = dialog
        switch dialog.reduce(action) {
        case .none, .changed: break
        case .submitField: dialog.step(1)   // When → Reason → No
        case .close:
            modal = nil
            return []
        case .confirm:
            dialog.sending = true
            dialog.error = nil
            modal = .cancel(dialog)
            let form = dialog.form
            // The reason as typed (trimmed); left empty, it is sent empty, never with pio's own words.
            return [ctx.request(.cancel, .cancel(serviceID: form.serviceID, immediate: form.immediate,
                                             reason: form.reason.text.trimmingWhitespace()))]
        }
        modal = .cancel(dialog)
        return []
    }

    mutating func applyCancelResult(_ result: Result<ServerMessages, APIError>, _ ctx: inout SectionContext) -> [Effect] {
        guard var dialog = cancelDialog else { return [] }
        switch WriteOutcome(result) {
        case .applied(let messages):
            modal = nil
            ctx.flash = Flash(.info, messages.isEmpty ? "Cancellation requested." : messages.text)
        case .unknown:
            // It may have been requested: the dialog closes (y cannot send it again) and the service is re-read.
            modal = nil
            ctx.flash = Flash(.error, Write.cancel.lostAnswer(reread: "The service is re-read"))
        case .refused(let error):
            dialog.sending = false
            dialog.error = error.message
            modal = .cancel(dialog)
            return []
        }
        var effects = loadServices(&ctx)
        if let pane = detail, pane.serviceID == dialog.form.serviceID {
            updateDetail {
                $0.detail.startLoading()
                $0.methods.startLoading()
            }
            effects += [ctx.request(.serviceDetail, .service(id: pane.serviceID)),
                        ctx.request(.serviceMethods, .serviceMethods(id: pane.serviceID))]
        }
        return effects
    }
}
