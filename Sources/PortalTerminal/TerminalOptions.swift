/// How the terminal UI starts: colour choice and where stderr goes while the screen is ours.
public struct TerminalOptions: Sendable {
    public var colors: Bool
    public var logPath: String?
    public var environment: [String: String]
    /// False when the `clipboard` setting is off: no OSC 52 is ever written.
    public var clipboard: Bool
    /// False when the `mouse` setting is off: the terminal is never asked for mouse reports.
    public var mouse: Bool

    public init(colors: Bool, logPath: String?, environment: [String: String], clipboard: Bool = true, mouse: Bool = true) {
        self.colors = colors
        self.logPath = logPath
        self.environment = environment
        self.clipboard = clipboard
        self.mouse = mouse
    }
}
