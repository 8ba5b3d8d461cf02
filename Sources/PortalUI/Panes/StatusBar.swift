import PortalAPI
import PortalStore

/// The last row: key hints for the current context, generated from the keymap table.
struct StatusBar {
    static func draw(_ state: AppState, keymap: Keymap, on canvas: any Canvas) {
        let row = canvas.height - 1
        canvas.fill(row: row, col: 0, count: canvas.width, style: Style(.statusBar))
        var x = 1
        for hint in keymap.hints(in: state) {
            let w = TextWidth.of(hint.keys) + 1 + TextWidth.of(hint.label)
            if x + w > canvas.width - 1 { break }
            canvas.put(row: row, col: x, hint.keys, style: Style(.statusBar, bold: true))
            canvas.put(row: row, col: x + TextWidth.of(hint.keys) + 1, hint.label, style: Style(.statusBar))
            x += w + 2
        }
    }
}
