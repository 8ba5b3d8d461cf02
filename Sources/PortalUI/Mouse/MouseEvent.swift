/// One mouse report from the terminal (xterm SGR mode 1006), in screen cells, zero-based.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A button went down: 0 left, 1 middle, 2 right.
        case press(button: Int)
        /// A button went up (SGR says which; pio acts on presses only).
        case release(button: Int)
        /// The wheel turned away from the user (scroll up) or towards the user (scroll down).
        case wheelUp, wheelDown
        /// The pointer moved with a button held (reported only in drag modes; pio ignores it).
        case drag(button: Int)
    }

    public var kind: Kind
    public var row: Int
    public var col: Int
    public var shift: Bool
    public var alt: Bool
    public var ctrl: Bool

    public init(_ kind: Kind, row: Int, col: Int, shift: Bool = false, alt: Bool = false, ctrl: Bool = false) {
        self.kind = kind
        self.row = row
        self.col = col
        self.shift = shift
        self.alt = alt
        self.ctrl = ctrl
    }
}
