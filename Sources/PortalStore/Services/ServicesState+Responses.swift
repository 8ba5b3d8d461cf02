import PortalAPI

extension ServicesState {
    /// Applies a response that is still awaited (stale ones never get here).
    public mutating func apply(_ response: Response, slot: RequestSlot, _ ctx: inout SectionContext) -> [Effect] {
        switch response {
        case .services(.success(let rows)):
            summaries = .loaded(rows)
            select(index: selectedIndex, ctx)
        case .services(.failure(let error)):
            summaries.fail(error.message)

        case .service(let result):
            guard var pane = detail else { return [] }
            switch result {
            case .success(let value):
                pane.detail = .loaded(value)
                labels[pane.serviceID] = value.label.value
            case .failure(let error):
                pane.detail.fail(error.message)
            }
            detail = pane

        case .serviceMethods(let result):
            guard var pane = detail else { return [] }
            switch result {
            case .success(let value): pane.methods = .loaded(value)
            case .failure(let error): pane.methods.fail(error.message)
            }
            detail = pane

        case .setLabel(let result):
            return applyLabelResult(result, &ctx)
        case .cancel(let result):
            return applyCancelResult(result, &ctx)
        case .upgradeOptions(let result):
            return applyUpgradeOptions(result, &ctx)
        case .upgrade(let result):
            return applyUpgradeResult(result, slot: slot, &ctx)
        default:
            break
        }
        return []
    }

    mutating func applyLabelResult(_ result: Result<ServerMessages, APIError>, _ ctx: inout SectionContext) -> [Effect] {
        guard var pane = detail, let editor = pane.labelEditor else { return [] }
        pane.labelSaving = false
        switch WriteOutcome(result) {
        case .applied(let messages):
            labels[pane.serviceID] = editor.text
            pane.labelEditor = nil
            ctx.flash = Flash(.info, messages.isEmpty ? "Label saved." : messages.text)
        case .unknown:
            // The one rule for a lost answer: the editor closes (Enter cannot resend it) and the
            // re-read detail shows the label the server holds.
            pane.labelEditor = nil
            ctx.flash = Flash(.error, Write.label.lostAnswer(reread: "The service is re-read"))
        case .refused(let error):
            pane.labelFailure = error   // what was typed stays in the field
            detail = pane
            return []
        }
        pane.detail.startLoading()
        detail = pane
        return [ctx.request(.serviceDetail, .service(id: pane.serviceID))]
    }

    mutating func applyCancelResult(_ result: Result<ServerMessages, APIError>, _ ctx: inout SectionContext) -> [Effect] {
        guard var dialog = cancelDialog else { return [] }
        switch WriteOutcome(result) {
        case .applied(let messages):
            cancelDialog = nil
            ctx.flash = Flash(.info, messages.isEmpty ? "Cancellation requested." : messages.text)
        case .unknown:
            // It may have been requested: the dialog closes (y cannot send it again) and the service is re-read.
            cancelDialog = nil
            ctx.flash = Flash(.error, Write.cancel.lostAnswer(reread: "The service is re-read"))
        case .refused(let error):
            dialog.sending = false
            dialog.error = error.message
            cancelDialog = dialog
            return []
        }
        var effects = loadServices(&ctx)
        if var pane = detail, pane.serviceID == dialog.form.serviceID {
            pane.detail.startLoading()
            pane.methods.startLoading()
            detail = pane
            effects += [ctx.request(.serviceDetail, .service(id: pane.serviceID)),
                        ctx.request(.serviceMethods, .serviceMethods(id: pane.serviceID))]
        }
        return effects
    }
}
