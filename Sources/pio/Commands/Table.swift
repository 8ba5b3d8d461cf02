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

    static let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1

    var rendered: String {
        guard !rows.isEmpty else { return "(none)\n" }
        let cells = ([headers] + rows).map { row in row.map { TextWidth.truncate($0, to: maxCellWidth) } }
        var widths = Array(repeating: 0, count: headers.count)
        for row in cells { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], TextWidth.of(c)) } }
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
