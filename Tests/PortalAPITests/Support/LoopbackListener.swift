import NIOCore
import NIOPosix

/// A listening socket on 127.0.0.1 at a free port for the in-process test servers; `initialize`
/// sets up each accepted connection's pipeline.
enum LoopbackListener {
    static func bind(_ initialize: @escaping @Sendable (any Channel) throws -> Void) async throws -> (listener: any Channel, port: Int) {
        let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in channel.eventLoop.makeCompletedFuture { try initialize(channel) } }
            .bind(host: "127.0.0.1", port: 0).get()
        guard let port = listener.localAddress?.port else { throw ChannelError.unknownLocalAddress }
        return (listener, port)
    }
}
