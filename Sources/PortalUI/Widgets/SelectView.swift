import PortalAPI
import PortalStore
/// A one-line choice among options, cycled with ← →: "‹ Monthly ›".
public struct SelectView {
    public var value: String
    public var focused: Bool

    public init(_ value: String, focused: Bool) {
        self.value = value
        self.focused = focused
    }

    public var style: Style { focused ? Style(.selected, reverse: true) : Style(.input) }

    /// Draws in a field `width` wide: the value is cut, the arrows stay; returns the columns used
    /// (the `›` is the last of them).
    @discardableResult
    public func draw(row: Int, col: Int, width: Int, on canvas: any Canvas) -> Int {
        let text = "‹ " + TextWidth.truncate(value, to: max(0, width - 4)) + " ›"
        canvas.put(row: row, col: col, text, style: style)
        return TextWidth.of(text)
    }

    /// Draws as `draw(row:col:width:on:)`, its `‹` and `›` (each with the space beside it) stepping
    /// the option when clicked, after `focus` puts the focus on its line.
    public func draw(row: Int, col: Int, width: Int, stepping focus: Action, on canvas: any Canvas) {
        let used = draw(row: row, col: col, width: width, on: canvas)
        Self.addArrows(row: row, col: col, used: used, focus: focus, on: canvas)
    }

    /// The two arrow targets of a choice drawn in `used` columns from `col`.
    static func addArrows(row: Int, col: Int, used: Int, focus: Action, on canvas: any Canvas) {
        guard used >= 4 else { return }
        canvas.addTarget(.optionArrow(focus: focus, step: -1), in: Rect(row: row, col: col, width: 2, height: 1))
        canvas.addTarget(.optionArrow(focus: focus, step: 1), in: Rect(row: row, col: col + used - 2, width: 2, height: 1))
    }

    /// Draws inside a line of controls, in at most `room` columns (the line's end cuts it, as
    /// every part of the line); returns the columns used.
    @discardableResult
    public func draw(row: Int, col: Int, room: Int, on canvas: any Canvas) -> Int {
        canvas.putInline(row: row, col: col, "‹ " + value + " ›", room: room, style: style)
    }
}
