import NIOCore
import Synchronization

/// Idle keep-alive connections by origin (`https://host:port`), so a run of requests pays one TCP
/// and TLS handshake. A connection is handed out to one request at a time and dropped once closed
/// or idle for longer than `maxIdle` (servers close idle connections; reusing one the server is
/// closing would fail a request that never reached it).
final class ConnectionPool: Sendable {
    private struct Idle: Sendable {
        var channel: any Channel
        var since: ContinuousClock.Instant
    }

    private let idle = Mutex<[String: [Idle]]>([:])
    private let maxIdle: Duration
    private let maxPerOrigin: Int

    init(maxIdle: Duration = .seconds(20), maxPerOrigin: Int = 4) {
        self.maxIdle = maxIdle
        self.maxPerOrigin = maxPerOrigin
    }

    /// An open idle connection to `origin`, if one is left.
    func take(_ origin: String) -> (any Channel)? {
        let now = ContinuousClock.now
        var stale: [any Channel] = []
        let found: (any Channel)? = idle.withLock { pool in
            var list = pool[origin] ?? []
            defer { pool[origin] = list.isEmpty ? nil : list }
            while let last = list.popLast() {
                if last.channel.isActive && now - last.since < maxIdle { return last.channel }
                stale.append(last.channel)
            }
            return nil
        }
        for channel in stale { channel.close(promise: nil) }
        return found
    }

    func put(_ channel: any Channel, origin: String) {
        let overflow: (any Channel)? = idle.withLock { pool in
            var list = pool[origin] ?? []
            list.append(Idle(channel: channel, since: .now))
            let first = list.count > maxPerOrigin ? list.removeFirst().channel : nil
            pool[origin] = list
            return first
        }
        overflow?.close(promise: nil)
    }

    /// Idle connections kept for `origin`.
    func idleCount(_ origin: String) -> Int { idle.withLock { $0[origin]?.count ?? 0 } }

    func closeAll() {
        let all = idle.withLock { pool in
            defer { pool = [:] }
            return pool.values.flatMap { $0.map(\.channel) }
        }
        for channel in all { channel.close(promise: nil) }
    }
}
