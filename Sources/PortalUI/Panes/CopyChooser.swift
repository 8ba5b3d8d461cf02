import PortalAPI
import PortalStore

/// After `y`: a small box of the values the pane can copy, one key each, from the keymap table.
/// It names the values, never shows them (the password stays hidden).
struct CopyChooser {
    static func entries(_ state: AppState, keymap: Keymap) -> [KeyBinding] {
        keymap.active(in: state).filter { $0.context == .copy }
    }

    /// A click on an entry does what its key does.
    static func draw(_ state: AppState, keymap: Keymap, on canvas: any Canvas) {
        let all = entries(state, keymap: keymap)
        let area = Rect(row: 1, col: 0, width: canvas.width, height: canvas.height - 3)
        let rect = area.centered(width: 40, height: all.count + 2)
        Box(title: "Copy to the clipboard").draw(in: rect, on: canvas)
        let inner = rect.inset(by: 1)
        for (i, entry) in all.prefix(inner.height).enumerated() {
            canvas.put(row: inner.row + i, col: inner.col + 1, entry.keysLabel + "  " + entry.help, width: inner.width - 1)
            canvas.addTarget(.runs(entry.action), in: Rect(row: inner.row + i, col: inner.col, width: inner.width, height: 1))
        }
    }
}
