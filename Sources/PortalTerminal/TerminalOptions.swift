/// How the terminal UI starts: colour choice and where stderr goes while the screen is ours.
public struct TerminalOptions: Sendable {
    public var colors: Bool
    public var logPath: String?
    public var environment: [String: String]

    public init(colors: Bool, logPath: String?, environment: [String: String]) {
        self.colors = colors
        self.logPath = logPath
        self.environment = environment
    }
}
