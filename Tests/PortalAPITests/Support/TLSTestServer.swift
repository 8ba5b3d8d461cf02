import NIOCore
import NIOHTTP1
import NIOSSL

/// An HTTPS server on 127.0.0.1 (a free port) presenting one of the `TLSFixtures` certificates.
/// It answers every request with 200 and "hello over TLS: <path>", keeping the connection open,
/// and remembers every connection it accepted (handshake or not).
final class TLSTestServer: Sendable {
    let port: Int
    private let listener: any Channel
    private let accepted: AcceptedChannels

    private init(port: Int, listener: any Channel, accepted: AcceptedChannels) {
        self.port = port
        self.listener = listener
        self.accepted = accepted
    }

    var acceptedConnections: Int { accepted.count }

    static func start(certificate name: String) async throws -> TLSTestServer {
        let context = try TLSFixtures.serverContext(presenting: name)
        let accepted = AcceptedChannels()
        let (listener, port) = try await LoopbackListener.bind { channel in
            accepted.add(channel)
            let pipeline = channel.pipeline.syncOperations
            try pipeline.addHandler(NIOSSLServerHandler(context: context))
            try pipeline.configureHTTPServerPipeline()
            try pipeline.addHandler(PathEchoResponder())
        }
        return TLSTestServer(port: port, listener: listener, accepted: accepted)
    }

    func stop() async {
        try? await listener.close()
        await accepted.closeAll()
    }
}

/// Answers each request with 200 and its path, keep-alive.
private final class PathEchoResponder: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private var uri = ""

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): uri = head.uri
        case .body: break
        case .end:
            let body = context.channel.allocator.buffer(string: "hello over TLS: \(uri)")
            var headers = HTTPHeaders()
            headers.add(name: "Content-Length", value: String(body.readableBytes))
            headers.add(name: "Content-Type", value: "text/plain")
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)   // a refused handshake ends here
    }
}
