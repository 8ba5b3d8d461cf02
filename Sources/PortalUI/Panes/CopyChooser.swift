import PortalAPI
import PortalStore

/// After `y`: a small box of the values the pane can copy, one key each, from the keymap table.
/// It names the values, never shows them (the password stays hidden).
struct CopyChooser {
    static func lines(_ state: AppState, keymap: Keymap) -> [String] {
        keymap.active(in: state).filter { $0.context == .copy }.map { $0.keysLabel + "  " + $0.help }
    }

    static func draw(_ state: AppState, keymap: Keymap, on canvas: any Canvas) {
        let all = lines(state, keymap: keymap)
        let area = Rect(row: 1, col: 0, width: canvas.width, height: canvas.height - 3)
        let rect = area.centered(width: 40, height: all.count + 2)
        Box(title: "Copy to the clipboard").draw(in: rect, on: canvas)
        let inner = rect.inset(by: 1)
        for (i, line) in all.prefix(inner.height).enumerated() {
            canvas.put(row: inner.row + i, col: inner.col + 1, line, width: inner.width - 1)
        }
    }
}
