import PortalAPI

/// A tick box or a radio button before its title: "[x] Backups", "( ) Helsinki". Highlighted (the
/// item the cursor is on) it is drawn selected; ticked, in the accent colour.
public struct ToggleView {
    public enum Kind: Sendable { case checkbox, radio }
    public var kind: Kind
    public var on: Bool
    public var title: String
    public var highlighted: Bool

    public init(_ kind: Kind, on: Bool, title: String, highlighted: Bool) {
        self.kind = kind
        self.on = on
        self.title = title
        self.highlighted = highlighted
    }

    public var text: String {
        switch kind {
        case .checkbox: return (on ? "[x] " : "[ ] ") + title
        case .radio: return (on ? "(•) " : "( ) ") + title
        }
    }

    public var style: Style { highlighted ? Style(.selected, reverse: true) : Style(on ? .accent : .normal) }

    /// Draws in at most `room` columns (cut at the end); returns the columns used.
    @discardableResult
    public func draw(row: Int, col: Int, room: Int, on canvas: any Canvas) -> Int {
        canvas.putInline(row: row, col: col, text, room: room, style: style)
    }
}

extension Canvas {
    /// Writes `text` cut to `room` columns; returns the columns written.
    @discardableResult
    func putInline(row: Int, col: Int, _ text: String, room: Int, style: Style) -> Int {
        let cut = TextWidth.truncate(text, to: room)
        put(row: row, col: col, cut, style: style)
        return TextWidth.of(cut)
    }
}
