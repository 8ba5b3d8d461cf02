import CNcurses
import PortalAPI
import PortalUI

/// The ncurses `Canvas`: draws into stdscr; the event loop flushes it with one doupdate() per frame.
final class CursesCanvas: Canvas {
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: Palette
    private let asciiOnly: Bool
    private(set) var cursor: (row: Int, col: Int)?

    init(window: UnsafeMutablePointer<WINDOW>, palette: Palette, asciiOnly: Bool) {
        self.window = window
        self.palette = palette
        self.asciiOnly = asciiOnly
    }

    var width: Int { Int(getmaxx(window)) }
    var height: Int { Int(getmaxy(window)) }

    func beginFrame() {
        cursor = nil
        werase(window)
    }

    func put(row: Int, col: Int, _ text: String, style: Style) {
        guard row >= 0, row < height, col < width, !text.isEmpty else { return }
        var column = col
        var cells: [wchar_t] = []
        cells.reserveCapacity(text.unicodeScalars.count + 1)
        for scalar in text.unicodeScalars {
            let shown = asciiOnly ? ASCIIFallback.scalar(for: scalar) : scalar
            let w = TextWidth.of(shown)
            if column + w > width { break }
            if column >= 0 {
                cells.append(wchar_t(bitPattern: shown.value))
            }
            column += w
        }
        guard !cells.isEmpty else { return }
        cells.append(0)
        let start = max(col, 0)
        wattrset(window, Int32(bitPattern: palette.attributes(for: style)))
        _ = mvwaddnwstr(window, Int32(row), Int32(start), cells, Int32(cells.count - 1))
        wattrset(window, Int32(bitPattern: CN_A_NORMAL))
    }

    func fill(row: Int, col: Int, count: Int, style: Style) {
        let start = max(col, 0)
        let n = min(count - (start - col), width - start)
        guard n > 0 else { return }
        put(row: row, col: start, String(repeating: " ", count: n), style: style)
    }

    func setCursor(row: Int, col: Int) {
        cursor = (row, col)
    }
}
