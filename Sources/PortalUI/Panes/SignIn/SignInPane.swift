import PortalAPI
import PortalStore

/// The sign-in form in a box: on its own before the portal, or over it when a session ended.
/// The password is drawn as one bullet per character; its text is never put on the screen.
enum SignInPane {
    private enum Line: Equatable { case field(SignInState.Field), message, status, spacer }

    static func draw(_ state: AppState, on canvas: any Canvas) {
        let form = state.signIn
        let area = Rect(row: 1, col: 0, width: canvas.width, height: canvas.height - 3)
        let full: [Line] = [.spacer, .field(.url), .field(.email), .field(.password), .field(.auth), .spacer, .message, .message,
                            .spacer, .status]
        // On short terminals the spacers go first, then the status line, then the second message line.
        var lines = full
        for drop in [Line.spacer, .status, .message] where lines.count + 2 > area.height {
            if drop == .message, let i = lines.lastIndex(of: .message) { lines.remove(at: i) } else { lines.removeAll { $0 == drop } }
        }
        lines = Array(lines.prefix(max(0, area.height - 2)))
        let rect = area.centered(width: min(72, area.width), height: lines.count + 2)
        canvas.addTarget(.blocks, in: canvas.bounds)
        let title = form.isOverlay ? "Your session has ended: sign in again" : "Sign in to your client area"
        Box(title: title, style: Style(form.isOverlay ? .warning : .border)).draw(in: rect, on: canvas)
        let inner = rect.inset(by: 1)
        let labelWidth = 10
        let fieldCol = inner.col + 1 + labelWidth
        let fieldWidth = max(1, inner.width - labelWidth - 2)
        let messageLines = TextWrap.lines(form.message ?? form.notice ?? "", width: inner.width - 2)
        let messageRole: StyleRole = form.message == nil ? .success : (form.isOverlay && !form.submitting ? .warning : .error)
        var messageIndex = 0
        for (offset, line) in lines.enumerated() {
            let row = inner.row + offset
            switch line {
            case .spacer:
                break
            case .field(let field):
                let focused = form.focus == field && !form.submitting
                canvas.addTarget(.signInField(field), in: Rect(row: row, col: inner.col, width: inner.width, height: 1))
                canvas.put(row: row, col: inner.col + 1, label(field), style: Style(focused ? .accent : .dim))
                drawField(field, form, focused: focused, row: row, col: fieldCol, width: fieldWidth, on: canvas)
            case .message:
                if messageIndex < messageLines.count {
                    canvas.put(row: row, col: inner.col + 1, messageLines[messageIndex], width: inner.width - 2, style: Style(messageRole))
                }
                messageIndex += 1
            case .status:
                let text = form.submitting ? "Signing in…" : statusText(form)
                canvas.put(row: row, col: inner.col + 1, text, width: inner.width - 2, style: Style(.dim))
            }
        }
    }

    static func label(_ field: SignInState.Field) -> String {
        switch field {
        case .url: return "Server"
        case .email: return "Email"
        case .password: return "Password"
        case .auth: return "Auth"
        }
    }

    static func drawField(_ field: SignInState.Field, _ form: SignInState, focused: Bool, row: Int, col: Int, width: Int,
                          on canvas: any Canvas) {
        switch field {
        case .url:
            TextFieldView(shown(form.url, focused), focused: focused, placeholder: "https://…/api")
                .draw(row: row, col: col, width: width, on: canvas)
        case .email:
            TextFieldView(shown(form.email, focused), focused: focused, placeholder: "you@example.com")
                .draw(row: row, col: col, width: width, on: canvas)
        case .password:
            TextFieldView(masked(form.password), focused: focused, placeholder: "(never stored)")
                .draw(row: row, col: col, width: width, on: canvas)
        case .auth:
            SelectView(form.auth.rawValue, focused: focused).draw(row: row, col: col, width: 12, on: canvas)
            canvas.put(row: row, col: col + 12, authHelp(form.auth), width: max(0, width - 12), style: Style(.dim))
        }
    }

    /// A field that is not being edited shows its beginning (an address is read from the left).
    static func shown(_ field: TextFieldState, _ focused: Bool) -> TextFieldState {
        guard !focused else { return field }
        var start = field
        start.cursor = 0
        return start
    }

    /// As many bullets as characters, with the cursor where it is in the real text.
    static func masked(_ field: TextFieldState) -> TextFieldState {
        var shown = TextFieldState(String(repeating: "•", count: field.text.count), maxLength: field.maxLength)
        shown.cursor = field.cursor
        return shown
    }

    static func authHelp(_ mode: AuthMode) -> String {
        switch mode {
        case .auto: return "token sign-in, HTTP Basic if it is off"
        case .jwt: return "token sign-in only"
        case .basic: return "HTTP Basic (nothing is stored)"
        }
    }

    static func statusText(_ form: SignInState) -> String {
        let leave = form.isOverlay ? "Ctrl-C quits" : "Esc quits"
        switch form.focus {
        case .auth: return "← → change · Enter signs in · " + leave
        case .password: return "Enter signs in · Tab next field · " + leave
        case .url, .email: return "Enter or Tab: next field · " + leave
        }
    }
}

/// "Sign out?" with "No" focused: signing out revokes the session and clears the portal.
enum SignOutDialog {
    static func draw(_ dialog: YesNoDialog, on canvas: any Canvas) {
        let rows = [.blank] + ConfirmDialogView<NoForm>.lines(dialog) + [.blank, .buttons(hint: nil)]
        ConfirmDialogView(dialog: dialog, width: 60, rows: rows).draw(on: canvas)
    }
}
