/// What the reducer asks the outside world to do.
public enum Effect: Sendable, Equatable {
    case request(RequestKey, Call)
    case cancel(RequestKey)
    /// Handled by the terminal loop.
    case quit
}
