/// What the reducer asks the outside world to do.
public enum Effect: Sendable, Equatable {
    case request(RequestKey, Call)
    case cancel(RequestKey)
    /// Handled by the terminal loop.
    case quit
    /// Handled by the terminal loop: puts `text` (already sanitised, see `CopyTarget`) on the
    /// terminal's clipboard with OSC 52. `label` names it ("the password").
    case copyToClipboard(label: String, text: String)
}
