import PortalAPI
import PortalStore

/// The `?` overlay: every binding of the keymap table, grouped by context.
struct HelpOverlay {
    /// The contexts of the pane under the overlay, so the help fits and speaks about what is on screen.
    static func contexts(for state: AppState) -> [KeyContext] {
        var under = state
        under.modal = nil   // help opens only when no other modal is (AppModal)
        return KeyContext.chain(for: under)
    }

    static func lines(_ keymap: Keymap, contexts: [KeyContext], state: AppState) -> [(String, Bool)] {
        var out: [(String, Bool)] = []
        var taken = Set<Key>()   // keys a more specific context already answers
        for context in contexts {
            let rows = keymap.bindings.filter { $0.context == context && $0.condition.holds(in: state) }
                .compactMap { b -> KeyBinding? in
                    var shown = b
                    shown.keys = b.keys.filter { !taken.contains($0) }
                    return shown.keys.isEmpty ? nil : shown
                }
            taken.formUnion(keymap.bindings.filter { $0.context == context }.flatMap(\.keys))
            guard !rows.isEmpty else { continue }
            if !out.isEmpty { out.append(("", false)) }
            out.append((context.title, true))
            for line in grouped(rows) { out.append(row(line.keys, line.help)) }
        }
        // Keys the terminal handles (never rebound), on one line under the last section.
        if !out.isEmpty {
            out.append(row(Keymap.terminalKeys.map(\.keys).joined(separator: "/"),
                           Keymap.terminalKeys.map(\.help).joined(separator: " / ")))
        }
        return out
    }

    /// "  keys  help": the keys in a column of 18, or as wide as they are up to 20.
    static func row(_ keys: String, _ help: String) -> (String, Bool) {
        ("  " + TextWidth.fit(keys, to: min(20, max(18, TextWidth.of(keys)))) + " " + help, false)
    }

    /// One line per binding, except that neighbours of one help group share a line.
    static func grouped(_ rows: [KeyBinding]) -> [(keys: String, help: String)] {
        var out: [(keys: String, help: String, group: String?)] = []
        for b in rows {
            if let group = b.helpGroup, let last = out.last, last.group == group {
                out[out.count - 1].keys += "/" + b.keysLabel
            } else {
                out.append((b.keysLabel, b.helpGroup ?? b.help, b.helpGroup))
            }
        }
        return out.map { ($0.keys, $0.help) }
    }

    static func draw(_ state: AppState, keymap: Keymap, on canvas: any Canvas) {
        var all = lines(keymap, contexts: contexts(for: state), state: state)
        let area = Rect(row: 1, col: 0, width: canvas.width, height: canvas.height - 2)
        // On a short terminal the blank lines between sections go first.
        if all.count + 2 > area.height { all.removeAll { $0.0.isEmpty } }
        let rect = area.centered(width: 66, height: all.count + 2)
        canvas.addTarget(.closesHelp, in: Rect(row: 0, col: 0, width: canvas.width, height: canvas.height))
        Box(title: "Keys — ? or Esc closes").draw(in: rect, on: canvas)
        let inner = rect.inset(by: 1)
        var shown = Array(all.prefix(inner.height))
        if all.count > inner.height, !shown.isEmpty {
            shown[shown.count - 1] = ("… \(all.count - inner.height + 1) more lines: enlarge the terminal", true)
        }
        for (i, line) in shown.enumerated() {
            canvas.put(row: inner.row + i, col: inner.col + 1, line.0, width: inner.width - 1,
                       style: line.1 ? Style(.accent, bold: true) : .normal)
        }
    }
}
