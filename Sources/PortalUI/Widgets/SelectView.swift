import PortalAPI
/// A one-line choice among options, cycled with ← →: "‹ Monthly ›".
public struct SelectView {
    public var value: String
    public var focused: Bool

    public init(_ value: String, focused: Bool) {
        self.value = value
        self.focused = focused
    }

    public var style: Style { focused ? Style(.selected, reverse: true) : Style(.input) }

    /// Draws in a field `width` wide: the value is cut, the arrows stay.
    public func draw(row: Int, col: Int, width: Int, on canvas: any Canvas) {
        canvas.put(row: row, col: col, "‹ " + TextWidth.truncate(value, to: max(0, width - 4)) + " ›", style: style)
    }

    /// Draws inside a line of controls, in at most `room` columns (the line's end cuts it, as
    /// every part of the line); returns the columns used.
    @discardableResult
    public func draw(row: Int, col: Int, room: Int, on canvas: any Canvas) -> Int {
        canvas.putInline(row: row, col: col, "‹ " + value + " ›", room: room, style: style)
    }
}
