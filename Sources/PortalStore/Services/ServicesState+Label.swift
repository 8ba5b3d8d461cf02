import PortalAPI

/// The label editor over the detail pane: typing, Enter saves once, Esc closes.
extension ServicesState {
    mutating func reduceLabelEditor(_ editor: LabelEditor, _ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        var editor = editor
        switch action {
        case .edit(let edit):
            guard !editor.saving else { return [] }
            editor.field.apply(edit)
            editor.failure = nil
        case .submit:
            guard !editor.saving else { return [] }
            editor.saving = true
            editor.failure = nil
            modal = .label(editor)
            return [ctx.request(.label, .setLabel(serviceID: editor.serviceID, label: editor.field.text))]
        case .cancelInput, .back:
            modal = nil
            return ctx.cancel(.label)
        default:
            return []
        }
        modal = .label(editor)
        return []
    }

    mutating func applyLabelResult(_ result: Result<ServerMessages, APIError>, _ ctx: inout SectionContext) -> [Effect] {
        guard var editor = labelEditor else { return [] }
        editor.saving = false
        switch WriteOutcome(result) {
        case .applied(let messages):
            setLabel(editor.field.text, of: editor.serviceID)
            modal = nil
            ctx.flash = Flash(.info, messages.isEmpty ? "Label saved." : messages.text)
        case .unknown:
            // The one rule for a lost answer: the editor closes (Enter cannot resend it) and the
            // re-read detail shows the label the server holds.
            modal = nil
            ctx.flash = Flash(.error, Write.label.lostAnswer(reread: "The service is re-read"))
        case .refused(let error):
            editor.failure = error   // what was typed stays in the field
            modal = .label(editor)
            return []
        }
        updateDetail { $0.detail.startLoading() }
        return [ctx.request(.serviceDetail, .service(id: editor.serviceID))]
    }
}
