import Glibc
import Synchronization

/// Carries messages from background tasks to the UI thread: a locked queue plus a non-blocking
/// self-pipe the UI thread polls. C signal handlers write signal numbers to the same pipe.
public final class Mailbox<Message: Sendable>: Sendable {
    private let queue = Mutex<[Message]>([])
    public let readFD: Int32
    public let writeFD: Int32
    static var wakeByte: UInt8 { 0xFF }

    public init() throws {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw TerminalError.setupFailed("cannot create the wake pipe") }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readFD = fds[0]
        writeFD = fds[1]
    }

    deinit {
        close(readFD)
        close(writeFD)
    }

    /// Safe from any thread or task.
    public func post(_ message: Message) {
        queue.withLock { $0.append(message) }
        var one = Self.wakeByte
        _ = write(writeFD, &one, 1)  // EAGAIN means a wake-up is already pending
    }

    /// Empties the pipe; returns the signal numbers written by the C handlers, in order.
    func drainWakeBytes() -> [Int32] {
        var buffer = [UInt8](repeating: 0, count: 256)
        var signals: [Int32] = []
        while true {
            let n = read(readFD, &buffer, buffer.count)
            if n <= 0 { break }
            signals += buffer[0..<n].filter { $0 != Self.wakeByte }.map { Int32($0) }
        }
        return signals
    }

    public func takeAll() -> [Message] {
        queue.withLock { q in
            defer { q.removeAll() }
            return q
        }
    }
}
