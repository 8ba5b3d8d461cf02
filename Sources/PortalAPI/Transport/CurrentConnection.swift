import NIOCore
import Synchronization

/// The connection a request is using, from the moment it is connected. Once the request has ended
/// early (deadline, cancellation, error) the connection is closed, including one that connects
/// only afterwards, which would otherwise stay open unused.
final class CurrentConnection: Sendable {
    private let state: Mutex<(channel: (any Channel)?, abandoned: Bool)>

    init(_ channel: (any Channel)?) { state = Mutex((channel, false)) }

    var channel: (any Channel)? { state.withLock { $0.channel } }
    var isAbandoned: Bool { state.withLock { $0.abandoned } }

    /// Takes `channel` as the request's connection; false (and the channel closed) when the request
    /// has already been abandoned.
    @discardableResult
    func adopt(_ channel: any Channel) -> Bool {
        let abandoned = state.withLock { s in
            s.channel = channel
            return s.abandoned
        }
        if abandoned { channel.close(promise: nil) }
        return !abandoned
    }

    /// The request ended early: close its connection, now or when it connects.
    func abandon() {
        let channel = state.withLock { s in
            s.abandoned = true
            return s.channel
        }
        channel?.close(promise: nil)
    }
}
