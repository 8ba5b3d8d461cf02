import Glibc
import PortalAPI

/// An aligned text table: columns padded by display width, numbers right-aligned.
struct Table {
    var headers: [String]
    var rows: [[String]] = []
    /// Indexes of right-aligned columns.
    var rightAligned: Set<Int> = []
    /// Widest a cell may be before it is cut with "…": on a terminal only; written to a file or a
    /// pipe, nothing is cut.
    var maxCellWidth = Table.stdoutIsTerminal ? 60 : Int.max

    /// Widest a line may be: the widest columns are cut first ("…"), none below 8 columns.
    var maxWidth = Int.max

    static let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1

    /// The terminal's width when stdout is one; otherwise no limit (a file or a pipe is never cut).
    static var stdoutWidth: Int {
        guard stdoutIsTerminal else { return Int.max }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    var rendered: String {
        guard !rows.isEmpty else { return "(none)\n" }
        var cells = ([headers] + rows).map { row in row.map { TextWidth.truncate($0, to: maxCellWidth) } }
        var widths = Array(repeating: 0, count: headers.count)
        for row in cells { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], TextWidth.of(c)) } }
        if Self.fit(&widths, into: maxWidth) {
            cells = cells.map { row in row.enumerated().map { i, c in i < widths.count ? TextWidth.truncate(c, to: widths[i]) : c } }
        }
        var out = ""
        for row in cells {
            var line = ""
            for (i, c) in row.enumerated() where i < widths.count {
                let pad = String(repeating: " ", count: widths[i] - TextWidth.of(c))
                let last = i == row.count - 1
                line += rightAligned.contains(i) ? pad + c : (last ? c : c + pad)
                if !last { line += "  " }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}

extension Table {
    /// Narrows the widest columns, one column at a time, until a line fits `width` (two spaces
    /// between columns) or every column is down to 8; true when a column was narrowed.
    static func fit(_ widths: inout [Int], into width: Int) -> Bool {
        var total = widths.reduce(0, +) + 2 * max(widths.count - 1, 0)
        var narrowed = false
        while total > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 {
            widths[widest] -= 1
            total -= 1
            narrowed = true
        }
        return narrowed
    }
}

/// "Label: value" lines with the labels aligned, for one record.
struct Fields {
    var pairs: [(String, String)] = []
    mutating func add(_ label: String, _ value: String) { pairs.append((label, value)) }
    /// A value over several lines: the label on the first, the others aligned under it.
    mutating func add(_ label: String, lines: [String]) {
        for (n, line) in lines.enumerated() { pairs.append((n == 0 ? label : "", line)) }
    }

    var rendered: String {
        let width = pairs.map { TextWidth.of($0.0) }.max() ?? 0
        return pairs.map { label, value in
            label.isEmpty ? String(repeating: " ", count: width + 2) + value
                : label + ":" + String(repeating: " ", count: width - TextWidth.of(label) + 1) + value
        }.joined(separator: "\n") + "\n"
    }
}
