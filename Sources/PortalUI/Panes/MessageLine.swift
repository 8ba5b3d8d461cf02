import PortalAPI
import PortalStore

/// The row above the status bar: the filter line, progress, an error or the last result.
struct MessageLine {
    static func draw(_ state: AppState, on canvas: any Canvas) {
        let row = canvas.height - 2
        guard row > 0 else { return }
        canvas.fill(row: row, col: 0, count: canvas.width, style: .normal)
        let content: MessageRow?
        if state.session != .signedIn { content = nil }
        else if case .editing? = SectionViews.messageRow(state) { content = SectionViews.messageRow(state) }
        else if let flash = state.flash { content = .text(flash.text, flash.kind == .error ? .error : .success) }
        else { content = SectionViews.messageRow(state) }
        switch content {
        case .editing(let prompt, let field)?:
            canvas.put(row: row, col: 0, prompt, style: Style(.accent, bold: true))
            let w = TextWidth.of(prompt)
            TextFieldView(field, focused: true).draw(row: row, col: w, width: canvas.width - w, on: canvas)
        case .text(let text, let role)?:
            canvas.put(row: row, col: 0, text, width: canvas.width, style: Style(role, bold: role == .error))
        case nil:
            break
        }
    }
}
