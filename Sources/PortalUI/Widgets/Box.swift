import PortalAPI
/// A bordered, cleared rectangle with an optional title in the top border and a footer in the bottom one.
public struct Box {
    public var title: String
    public var footer: String
    public var style: Style

    public init(title: String = "", footer: String = "", style: Style = Style(.border)) {
        self.title = title
        self.footer = footer
        self.style = style
    }

    public func draw(in rect: Rect, on canvas: any Canvas) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let inner = rect.width - 2
        for r in rect.row..<rect.bottom { canvas.fill(row: r, col: rect.col, count: rect.width, style: .normal) }
        canvas.put(row: rect.row, col: rect.col, "┌" + Self.border(title, inner) + "┐", style: style)
        for r in (rect.row + 1)..<(rect.bottom - 1) {
            canvas.put(row: r, col: rect.col, "│", style: style)
            canvas.put(row: r, col: rect.right - 1, "│", style: style)
        }
        canvas.put(row: rect.bottom - 1, col: rect.col, "└" + Self.border(footer, inner) + "┘", style: style)
    }

    /// "─ text ───" in `width` columns (the text cut to fit), or a plain line.
    static func border(_ text: String, _ width: Int) -> String {
        guard !text.isEmpty, width > 4 else { return String(repeating: "─", count: width) }
        let t = " " + TextWidth.truncate(text, to: width - 4) + " "
        return "─" + t + String(repeating: "─", count: max(0, width - 1 - TextWidth.of(t)))
    }
}
