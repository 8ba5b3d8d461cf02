/// Why the terminal UI could not start or had to stop.
public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal(String)
    case setupFailed(String)

    public var description: String {
        switch self {
        case .notATerminal(let why): return why
        case .setupFailed(let why): return "cannot start the terminal UI: \(why)"
        }
    }
}
