import PortalAPI

/// The review's choices as screen lines: one choice per line, never split across lines. When they
/// do not all fit, they go in columns as wide as the widest choice; when even that does not fit,
/// the last line says how many more there are.
enum ReviewChoiceLines {
    static let gap = 3

    static func lines(_ choices: [String], width: Int, room: Int) -> [String] {
        guard room > 0, width > 0 else { return [] }
        if choices.count <= room { return choices.map { TextWidth.truncate($0, to: width) } }
        let cell = (choices.map { TextWidth.of($0) }.max() ?? 0) + gap
        let columns = max(1, (width + gap) / cell)
        let rows = (choices.count + columns - 1) / columns
        if columns > 1, rows <= room {
            // Down the first column, then the next, as a list is read.
            return (0..<rows).map { r in
                let cells = stride(from: r, to: choices.count, by: rows).map { choices[$0] }
                return cells.enumerated().map { i, text in i == cells.count - 1 ? text : TextWidth.fit(text, to: cell) }.joined()
            }
        }
        let shown = choices.prefix(room - 1).map { TextWidth.truncate($0, to: width) }
        return shown + [TextWidth.truncate("… \(choices.count - shown.count) more (Esc: the configurator shows them all)", to: width)]
    }
}
