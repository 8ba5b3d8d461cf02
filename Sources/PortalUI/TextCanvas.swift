import PortalAPI

/// An in-memory canvas for tests and goldens. A wide character occupies its cell and
/// marks the next one as a continuation, as a terminal would.
public final class TextCanvas: Canvas {
    public struct Cell: Equatable, Sendable {
        public var text: String
        public var style: Style
        public var isContinuation: Bool
        static let blank = Cell(text: " ", style: .normal, isContinuation: false)
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [[Cell]]
    public private(set) var cursor: (row: Int, col: Int)?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Array(repeating: .blank, count: max(0, width)), count: max(0, height))
    }

    public func put(row: Int, col: Int, _ text: String, style: Style) {
        guard row >= 0, row < height else { return }
        var x = col
        for scalar in text.unicodeScalars {
            let w = TextWidth.of(scalar)
            if w == 0 {
                // Combining marks join the previous cell so the text stays readable.
                if x - 1 >= 0, x - 1 < width { cells[row][x - 1].text.unicodeScalars.append(scalar) }
                continue
            }
            if x + w > width { break }
            if x >= 0 {
                clearWide(row: row, col: x)
                cells[row][x] = Cell(text: String(scalar), style: style, isContinuation: false)
                if w == 2 {
                    clearWide(row: row, col: x + 1)
                    cells[row][x + 1] = Cell(text: "", style: style, isContinuation: true)
                }
            }
            x += w
        }
    }

    public func fill(row: Int, col: Int, count: Int, style: Style) {
        guard row >= 0, row < height, count > 0 else { return }
        for x in max(0, col)..<min(width, col + count) {
            clearWide(row: row, col: x)
            cells[row][x] = Cell(text: " ", style: style, isContinuation: false)
        }
    }

    public func setCursor(row: Int, col: Int) { cursor = (row, col) }

    /// Rows joined by newlines, trailing spaces trimmed.
    public func text() -> String {
        cells.map { row in
            var line = row.map(\.text).joined()
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The style role of one cell, for tests that check colour roles.
    public func role(row: Int, col: Int) -> StyleRole? {
        guard row >= 0, row < height, col >= 0, col < width else { return nil }
        return cells[row][col].style.role
    }

    /// The text of one row (untrimmed), for tests.
    public func row(_ index: Int) -> String {
        guard index >= 0, index < height else { return "" }
        return cells[index].map(\.text).joined()
    }

    // Overwriting half of a wide character blanks its other half.
    private func clearWide(row: Int, col: Int) {
        guard col >= 0, col < width else { return }
        if cells[row][col].isContinuation, col - 1 >= 0 {
            cells[row][col - 1] = .blank
        } else if col + 1 < width, cells[row][col + 1].isContinuation {
            cells[row][col + 1] = .blank
        }
    }
}
