import NIOCore

/// A server on 127.0.0.1 (a free port) that answers every connection's first bytes with one canned
/// HTTP response, byte for byte, and closes: for answers the sandbox never sends.
final class CannedHTTPServer: Sendable {
    let port: Int
    private let listener: any Channel

    private init(port: Int, listener: any Channel) {
        self.port = port
        self.listener = listener
    }

    static func start(answer: [UInt8]) async throws -> CannedHTTPServer {
        let (listener, port) = try await LoopbackListener.bind { channel in
            try channel.pipeline.syncOperations.addHandler(CannedAnswer(answer))
        }
        return CannedHTTPServer(port: port, listener: listener)
    }

    func stop() async { try? await listener.close() }
}

private final class CannedAnswer: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer
    private let answer: [UInt8]
    private var answered = false

    init(_ answer: [UInt8]) { self.answer = answer }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !answered else { return }
        answered = true
        let buffer = context.channel.allocator.buffer(bytes: answer)
        context.writeAndFlush(wrapOutboundOut(buffer)).whenComplete { _ in context.close(promise: nil) }
    }
}
