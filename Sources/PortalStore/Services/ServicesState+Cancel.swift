import FoundationEssentials
import PortalAPI

extension ServicesState {
    mutating func reduceCancelDialog(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        guard var dialog = cancelDialog else { return [] }
        if dialog.sending { return [] }   // sends once; waits for the answer
        switch action {
        case .focusNext, .focusPrevious:
            let all = CancelDialogState.Focus.allCases
            let step = action == .focusNext ? 1 : all.count - 1
            dialog.focus = all[(dialog.focus.rawValue + step) % all.count]
        case .changeOption(let delta):
            switch dialog.focus {
            case .when: dialog.immediate.toggle()
            case .buttons: dialog.yesFocused = delta > 0 ? true : false
            case .reason: break
            }
        case .edit(let edit):
            guard dialog.focus == .reason else { return [] }
            dialog.reason.apply(edit)
        case .submit:
            if dialog.focus == .buttons {
                if dialog.yesFocused { return sendCancel(&dialog, &ctx) }
                cancelDialog = nil
                return []
            }
            dialog.focus = dialog.focus == .when ? .reason : .buttons
        case .confirm:
            guard dialog.focus == .buttons else { return [] }
            return sendCancel(&dialog, &ctx)
        case .dismiss, .cancelInput, .back:
            cancelDialog = nil
            return []
        default:
            return []
        }
        cancelDialog = dialog
        return []
    }

    private mutating func sendCancel(_ dialog: inout CancelDialogState, _ ctx: inout SectionContext) -> [Effect] {
        dialog.sending = true
        dialog.error = nil
        cancelDialog = dialog
        let reason = dialog.reason.text.trimmingWhitespace()
        return [ctx.request(.cancel, .cancel(serviceID: dialog.serviceID, immediate: dialog.immediate,
                                         reason: reason.isEmpty ? "Cancelled from pio" : reason))]
    }
}
