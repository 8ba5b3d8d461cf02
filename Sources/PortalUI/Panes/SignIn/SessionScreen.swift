import PortalAPI
import PortalStore

/// Signing in, and what to do when it failed.
struct SessionScreen {
    static func draw(_ state: AppState, in rect: Rect, on canvas: any Canvas) {
        let text = state.session == .signingIn ? "Signing in as \(state.header.user)…" : "Not signed in."
        canvas.put(row: rect.row + 1, col: rect.col + 2, text, width: rect.width - 2, style: Style(.dim))
    }

    static func drawFailure(_ message: String, in rect: Rect, on canvas: any Canvas) {
        let width = rect.width - 4
        var row = rect.row + 1
        for line in TextWrap.lines(message, width: width) where row < rect.bottom {
            canvas.put(row: row, col: rect.col + 2, line, width: width, style: Style(.error, bold: true))
            row += 1
        }
        row += 1
        let advice = ["Press r to try again, or q to quit.",
                      "If the email or password is wrong, check --user / PIO_USER and PIO_PASSWORD, then start pio again."]
        for line in advice.flatMap({ TextWrap.lines($0, width: width) }) where row < rect.bottom {
            canvas.put(row: row, col: rect.col + 2, line, width: width, style: .normal)
            row += 1
        }
    }
}
