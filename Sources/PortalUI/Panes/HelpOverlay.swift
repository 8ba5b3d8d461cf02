import PortalAPI
import PortalStore

/// The `?` overlay: every binding of the keymap table, grouped by context.
struct HelpOverlay {
    /// The contexts of the pane under the overlay, so the help fits and speaks about what is on screen.
    static func contexts(for state: AppState) -> [KeyContext] {
        var under = state
        under.showHelp = false
        return KeyContext.chain(for: under)
    }

    static func lines(_ keymap: Keymap, contexts: [KeyContext], state: AppState) -> [(String, Bool)] {
        var out: [(String, Bool)] = []
        for context in contexts {
            let rows = keymap.bindings.filter { $0.context == context && $0.condition.holds(in: state) }
            guard !rows.isEmpty else { continue }
            if !out.isEmpty { out.append(("", false)) }
            out.append((context.title, true))
            for b in rows { out.append(("  " + TextWidth.fit(b.keysLabel, to: 18) + " " + b.help, false)) }
        }
        return out
    }

    static func draw(_ state: AppState, keymap: Keymap, on canvas: any Canvas) {
        let all = lines(keymap, contexts: contexts(for: state), state: state)
        let area = Rect(row: 1, col: 0, width: canvas.width, height: canvas.height - 2)
        let rect = area.centered(width: 64, height: all.count + 2)
        Box(title: "Keys — ? or Esc closes").draw(in: rect, on: canvas)
        let inner = rect.inset(by: 1)
        for (i, line) in all.prefix(inner.height).enumerated() {
            canvas.put(row: inner.row + i, col: inner.col + 1, line.0, width: inner.width - 1,
                       style: line.1 ? Style(.accent, bold: true) : .normal)
        }
    }
}
