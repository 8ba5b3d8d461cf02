/// A value fetched from the server. A failed refresh keeps the previous value on screen.
public enum Loadable<Value: Sendable & Equatable>: Sendable, Equatable {
    case idle
    case loading(previous: Value?)
    case loaded(Value)
    case failed(String, previous: Value?)

    /// The value to show: the loaded one, or the one kept while loading or after a failure.
    public var value: Value? {
        switch self {
        case .idle: return nil
        case .loading(let previous): return previous
        case .loaded(let value): return value
        case .failed(_, let previous): return previous
        }
    }

    public var isLoading: Bool {
        if case .loading = self { return true }
        return false
    }

    public var errorMessage: String? {
        if case .failed(let message, _) = self { return message }
        return nil
    }

    /// Starts a (re)load, keeping what is already shown.
    public mutating func startLoading() { self = .loading(previous: value) }

    /// A failure that keeps what was shown before.
    public mutating func fail(_ message: String) { self = .failed(message, previous: value) }
}
