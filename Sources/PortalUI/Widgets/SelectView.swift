import PortalAPI
/// A one-line choice among options, cycled with ← →: "‹ Monthly ›".
public struct SelectView {
    public var value: String
    public var focused: Bool

    public init(_ value: String, focused: Bool) {
        self.value = value
        self.focused = focused
    }

    public func draw(row: Int, col: Int, width: Int, on canvas: any Canvas) {
        let text = "‹ " + TextWidth.truncate(value, to: max(0, width - 4)) + " ›"
        canvas.put(row: row, col: col, text, style: focused ? Style(.selected, reverse: true) : Style(.input))
    }
}
