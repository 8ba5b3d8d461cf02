import NIOCore
import NIOPosix
import NIOSSL

/// An HTTPS front on 127.0.0.1 (a free port) for a plain-HTTP server on loopback, as a
/// TLS-inspecting proxy or a load balancer stands in front of HostBill: it presents one of the
/// `TLSFixtures` certificates and relays the decrypted bytes both ways.
final class TLSTerminator: Sendable {
    let port: Int
    private let listener: any Channel
    private let accepted: AcceptedChannels

    private init(port: Int, listener: any Channel, accepted: AcceptedChannels) {
        self.port = port
        self.listener = listener
        self.accepted = accepted
    }

    static func start(presenting name: String = "localhost", upstreamPort: Int) async throws -> TLSTerminator {
        let context = try TLSFixtures.serverContext(presenting: name)
        let accepted = AcceptedChannels()
        let (listener, port) = try await LoopbackListener.bind { channel in
            accepted.add(channel)
            let upstream = ClientBootstrap(group: channel.eventLoop)
                .channelInitializer { upstream in
                    accepted.add(upstream)
                    return upstream.eventLoop.makeCompletedFuture {
                        try upstream.pipeline.syncOperations.addHandler(ByteRelay(partner: channel))
                    }
                }
                .connect(host: "127.0.0.1", port: upstreamPort)
            upstream.whenFailure { _ in channel.close(promise: nil) }
            try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
            try channel.pipeline.syncOperations.addHandler(UpstreamWriter(upstream: upstream))
        }
        return TLSTerminator(port: port, listener: listener, accepted: accepted)
    }

    func stop() async {
        try? await listener.close()
        await accepted.closeAll()
    }
}

/// Writes what the client sent (decrypted) to the upstream connection once it is open, in order:
/// both channels share one event loop, so the callbacks run in the order they were added.
private final class UpstreamWriter: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let upstream: EventLoopFuture<any Channel>

    init(upstream: EventLoopFuture<any Channel>) { self.upstream = upstream }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let bytes = unwrapInboundIn(data)
        upstream.whenSuccess { $0.writeAndFlush(bytes, promise: nil) }
    }

    func channelInactive(context: ChannelHandlerContext) {
        upstream.whenSuccess { $0.close(promise: nil) }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)   // a refused handshake ends here
    }
}
