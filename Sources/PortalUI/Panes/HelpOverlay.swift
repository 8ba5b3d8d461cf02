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

    /// A line of the overlay: a section title, the blank before it, or keys and what they do.
    enum HelpLine: Equatable {
        case title(String), blank, keys(String, String)
    }

    static func lines(_ keymap: Keymap, contexts: [KeyContext], state: AppState) -> [HelpLine] {
        var out: [HelpLine] = []
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
            if !out.isEmpty { out.append(.blank) }
            out.append(.title(context.title))
            for line in grouped(rows) { out.append(row(line.keys, line.help)) }
        }
        // Keys the terminal handles (never rebound), on one line under the last section.
        if !out.isEmpty {
            out.append(row(Keymap.terminalKeys.map(\.keys).joined(separator: "/"),
                           Keymap.terminalKeys.map(\.help).joined(separator: " / ")))
        }
        return out
    }

    static func row(_ keys: String, _ help: String) -> HelpLine { .keys(keys, help) }

    /// The lines as drawn in `width` columns: "  keys  help", the keys in one column as wide as the
    /// widest (up to half the width); keys wider than that wrap after a "/" onto lines of their own.
    static func format(_ lines: [HelpLine], width: Int) -> [(String, Bool)] {
        let widest = lines.map { if case .keys(let keys, _) = $0 { TextWidth.of(keys) } else { 0 } }.max() ?? 0
        let column = min(widest, max(10, (width - 3) / 2))
        return lines.flatMap { line -> [(String, Bool)] in
            switch line {
            case .title(let title): return [(title, true)]
            case .blank: return [("", false)]
            case .keys(let keys, let help):
                return wrap(keys, to: column).enumerated().map { i, part in
                    ("  " + TextWidth.fit(part, to: column) + (i == 0 ? " " + help : ""), false)
                }
            }
        }
    }

    /// "Ctrl-L/Ctrl-Z/Ctrl-C" in 13 columns: ["Ctrl-L/", "Ctrl-Z/Ctrl-C"].
    static func wrap(_ keys: String, to width: Int) -> [String] {
        guard TextWidth.of(keys) > width else { return [keys] }
        let split = keys.split(separator: "/", omittingEmptySubsequences: false)
        var parts: [String] = []
        var current = ""
        for (i, key) in split.enumerated() {
            let piece = key + (i == split.count - 1 ? "" : "/")
            if !current.isEmpty, TextWidth.of(current + piece) > width {
                parts.append(current)
                current = ""
            }
            current += piece
        }
        return parts + [current]
    }

    /// Columns the overlay's lines take: the widest keys, a space and the widest help, indented.
    static func contentWidth(_ lines: [HelpLine]) -> Int {
        var keys = 0, help = 0, title = 0
        for line in lines {
            switch line {
            case .title(let text): title = max(title, TextWidth.of(text))
            case .blank: break
            case .keys(let k, let h): keys = max(keys, TextWidth.of(k)); help = max(help, TextWidth.of(h))
            }
        }
        return max(title, 2 + keys + 1 + help)
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

    /// What the mouse does, in the box's bottom border (it costs the keys no line).
    static let mouse = "Mouse: click a row, tab, button; again opens · wheel scrolls"

    static func draw(_ state: AppState, keymap: Keymap, on canvas: any Canvas) {
        let help = lines(keymap, contexts: contexts(for: state), state: state)
        var area = Rect(row: 1, col: 0, width: canvas.width, height: canvas.height - 2)
        let title = "Keys — ? or Esc closes"
        // As wide as the lines (a margin and the border each side), or the terminal less two columns.
        let boxWidth = min(canvas.width - 2, max(TextWidth.of(title) + 6, TextWidth.of(mouse) + 6, contentWidth(help) + 4))
        var all = format(help, width: boxWidth - 4)
        // On a short terminal the blank lines between sections go first.
        if all.count + 2 > area.height { all.removeAll { $0.0.isEmpty } }
        // Then the box covers the header too (the status bar keeps the way out), before it needs pages.
        if all.count + 2 > area.height { area = Rect(row: 0, col: 0, width: canvas.width, height: canvas.height - 1) }
        let rect = area.centered(width: boxWidth, height: all.count + 2)
        canvas.addTarget(.closesHelp, in: canvas.bounds)
        Box(title: title, footer: mouse).draw(in: rect, on: canvas)
        let inner = rect.inset(by: 1)
        var shown = all
        if all.count > inner.height, inner.height > 1 {
            // Pages of the lines that fit, the last line saying which page; Space and b turn them, round.
            let size = inner.height - 1
            let pages = (all.count + size - 1) / size
            let page = (state.helpPage % pages + pages) % pages
            shown = Array(all[page * size ..< min(all.count, (page + 1) * size)])
            shown += Array(repeating: ("", false), count: size - shown.count) + [("Page \(page + 1) of \(pages) · Space next, b back", true)]
        }
        for (i, line) in shown.enumerated() {
            canvas.put(row: inner.row + i, col: inner.col + 1, line.0, width: inner.width - 2,
                       style: line.1 ? Style(.accent, bold: true) : .normal)
        }
    }
}
