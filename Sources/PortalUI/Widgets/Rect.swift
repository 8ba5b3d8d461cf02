import PortalAPI
/// A rectangle of cells on a canvas.
public struct Rect: Sendable, Equatable {
    public var row: Int, col: Int, width: Int, height: Int
    public init(row: Int, col: Int, width: Int, height: Int) {
        self.row = row; self.col = col; self.width = max(0, width); self.height = max(0, height)
    }
    public var bottom: Int { row + height }
    public var right: Int { col + width }

    /// A rectangle of at most `width`×`height` centred in this one.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(w, width), ch = min(h, height)
        return Rect(row: row + (height - ch) / 2, col: col + (width - cw) / 2, width: cw, height: ch)
    }

    public func contains(row r: Int, col c: Int) -> Bool { r >= row && r < bottom && c >= col && c < right }

    public func inset(by n: Int) -> Rect { Rect(row: row + n, col: col + n, width: width - 2 * n, height: height - 2 * n) }
}

extension Canvas {
    /// The whole canvas.
    public var bounds: Rect { Rect(row: 0, col: 0, width: width, height: height) }

    /// Writes `text` cut or padded to exactly `width` columns.
    public func put(row: Int, col: Int, _ text: String, width: Int, style: Style = .normal) {
        guard width > 0 else { return }
        put(row: row, col: col, TextWidth.fit(text, to: width), style: style)
    }
}
