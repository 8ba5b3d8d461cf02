import PortalAPI
import PortalStore

/// Signing in, and what to do when it failed.
struct SessionScreen {
    static func draw(_ state: AppState, in rect: Rect, on canvas: any Canvas) {
        let text = state.session == .signingIn ? "Signing in as \(state.user)…" : "Not signed in."
        canvas.put(row: rect.row + 1, col: rect.col + 2, text, width: rect.width - 2, style: Style(.dim))
    }

    static func drawFailure(_ message: String, in rect: Rect, on canvas: any Canvas) {
        canvas.put(row: rect.row + 1, col: rect.col + 2, message, width: rect.width - 2, style: Style(.error, bold: true))
        canvas.put(row: rect.row + 3, col: rect.col + 2, "Check --user / PIO_USER and PIO_PASSWORD, then start pio again.",
                   width: rect.width - 2, style: .normal)
        canvas.put(row: rect.row + 4, col: rect.col + 2, "Press q to quit.", width: rect.width - 2, style: .normal)
    }
}
