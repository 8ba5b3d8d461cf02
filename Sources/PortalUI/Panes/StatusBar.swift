import PortalAPI
import PortalStore

/// The last row: key hints for the current context, generated from the keymap table. When they
/// do not all fit, the way back (or out) and help stay; the others give way from the end of the
/// table, the least important first.
struct StatusBar {
    static let gap = 2

    static func draw(_ state: AppState, keymap: Keymap, on canvas: any Canvas) {
        let row = canvas.height - 1
        canvas.fill(row: row, col: 0, count: canvas.width, style: Style(.statusBar))
        var x = 1
        for hint in fitting(keymap.hints(in: state), width: canvas.width - 2) {
            canvas.put(row: row, col: x, hint.keys, style: Style(.statusBar, bold: true))
            canvas.put(row: row, col: x + TextWidth.of(hint.keys) + 1, hint.label, style: Style(.statusBar))
            x += columns(hint) + gap
        }
    }

    /// The hints that fit `width` columns, in table order: every hint that leaves or helps first,
    /// then the others while they fit.
    static func fitting(_ hints: [(keys: String, label: String, action: Action)], width: Int)
        -> [(keys: String, label: String, action: Action)] {
        var kept = hints.indices.filter { keeps(hints[$0].action) }
        var used = kept.reduce(0) { $0 + columns(hints[$1]) + gap }
        for index in hints.indices where !kept.contains(index) {
            let w = columns(hints[index]) + gap
            if used + w > width + gap { break }
            kept.append(index)
            used += w
        }
        return kept.sorted().map { hints[$0] }
    }

    /// Back, quit, close, cancel, clearing the filter and help: the keys a user must always see.
    static func keeps(_ action: Action) -> Bool {
        switch action {
        case .back, .toggleHelp, .dismiss, .cancelInput, .clearFilter: return true
        default: return false
        }
    }

    static func columns(_ hint: (keys: String, label: String, action: Action)) -> Int {
        TextWidth.of(hint.keys) + 1 + TextWidth.of(hint.label)
    }
}
