import NIOCore
import Synchronization

/// The connections an in-process test server opened, so it can count them and close them all when it stops.
final class AcceptedChannels: Sendable {
    private let channels = Mutex<[any Channel]>([])

    var count: Int { channels.withLock { $0.count } }

    func add(_ channel: any Channel) { channels.withLock { $0.append(channel) } }

    func closeAll() async {
        for channel in channels.withLock({ $0 }) { try? await channel.close() }
    }
}
