/// What a cell is drawn as. Views name a role; the terminal maps roles to colours and attributes,
/// so monochrome terminals still show selection (reverse) and emphasis (bold).
public enum StyleRole: String, Hashable, Sendable, CaseIterable {
    case normal, header, statusBar, selected, dim, accent, error, success, warning, danger, border, input
}

public struct Style: Hashable, Sendable {
    public var role: StyleRole
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: StyleRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let normal = Style()
}

/// A rectangle of character cells that views draw into. Coordinates are zero-based (row, column);
/// anything outside the canvas is clipped. Text must already be sanitised (SafeText) by the caller.
public protocol Canvas: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// Draws `text` starting at (row, col), clipped to the canvas width. Wide characters take two cells.
    func put(row: Int, col: Int, _ text: String, style: Style)
    /// Fills `count` cells of a row with spaces in a style (for bars and selection highlight).
    func fill(row: Int, col: Int, count: Int, style: Style)
    /// Places the terminal cursor (for text fields); nil hides it.
    func setCursor(row: Int, col: Int)
    /// Says what is drawn in `rect` for the mouse; the target added last wins where targets overlap.
    /// Only the canvas `mouseActions` draws into keeps them.
    func addTarget(_ target: ClickTarget, in rect: Rect)
}

extension Canvas {
    public func addTarget(_ target: ClickTarget, in rect: Rect) {}
}
