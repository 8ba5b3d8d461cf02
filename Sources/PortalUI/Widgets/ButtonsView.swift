import PortalAPI
/// A row of dialog buttons; the focused one is drawn selected and bracketed.
public struct ButtonsView {
    public var labels: [String]
    public var focused: Int?

    public init(_ labels: [String], focused: Int?) {
        self.labels = labels
        self.focused = focused
    }

    public var width: Int { labels.reduce(0) { $0 + TextWidth.of($1) + 4 } + max(0, labels.count - 1) * 2 }

    /// Draws the buttons right-aligned in the row between `col` and `col + width`; `targets[i]`,
    /// when given, is what a click on button `i` is.
    public func draw(row: Int, col: Int, width available: Int, targets: [ClickTarget] = [], on canvas: any Canvas) {
        var x = col + max(0, available - width)
        for (i, label) in labels.enumerated() {
            let isFocused = i == focused
            let text = isFocused ? "[ \(label) ]" : "  \(label)  "
            canvas.put(row: row, col: x, text, style: isFocused ? Style(.selected, bold: true, reverse: true) : Style(.normal))
            if i < targets.count { canvas.addTarget(targets[i], in: Rect(row: row, col: x, width: TextWidth.of(text), height: 1)) }
            x += TextWidth.of(text) + 2
        }
    }
}
