import PortalAPI
/// A bordered, cleared rectangle with an optional title in the top border.
public struct Box {
    public var title: String
    public var style: Style

    public init(title: String = "", style: Style = Style(.border)) {
        self.title = title
        self.style = style
    }

    public func draw(in rect: Rect, on canvas: any Canvas) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let inner = rect.width - 2
        for r in rect.row..<rect.bottom { canvas.fill(row: r, col: rect.col, count: rect.width, style: .normal) }
        var top = String(repeating: "─", count: inner)
        if !title.isEmpty, inner > 4 {
            let t = " " + TextWidth.truncate(title, to: inner - 4) + " "
            top = "─" + t + String(repeating: "─", count: max(0, inner - 1 - TextWidth.of(t)))
        }
        canvas.put(row: rect.row, col: rect.col, "┌" + top + "┐", style: style)
        for r in (rect.row + 1)..<(rect.bottom - 1) {
            canvas.put(row: r, col: rect.col, "│", style: style)
            canvas.put(row: r, col: rect.right - 1, "│", style: style)
        }
        canvas.put(row: rect.bottom - 1, col: rect.col, "└" + String(repeating: "─", count: inner) + "┘", style: style)
    }
}
