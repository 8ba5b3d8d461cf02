import Foundation
import NIOCore
import NIOPosix
import Synchronization

/// An HTTP proxy on 127.0.0.1 (a free port). It records the head of every request it receives,
/// answers `CONNECT host:port` by opening a tunnel to it (or with `refusal`, e.g. 407) and any
/// other request with a canned 200 "from the proxy", without forwarding it.
final class TestProxy: Sendable {
    let port: Int
    private let listener: any Channel
    private let log: ProxyLog
    private let accepted: AcceptedChannels

    private init(port: Int, listener: any Channel, log: ProxyLog, accepted: AcceptedChannels) {
        self.port = port
        self.listener = listener
        self.log = log
        self.accepted = accepted
    }

    /// Each received request head as its lines, request line first.
    var heads: [[String]] { log.heads }

    static func start(refusal: Int? = nil) async throws -> TestProxy {
        let log = ProxyLog()
        let accepted = AcceptedChannels()
        let (listener, port) = try await LoopbackListener.bind { channel in
            accepted.add(channel)
            try channel.pipeline.syncOperations.addHandler(ProxyFrontHandler(log: log, accepted: accepted, refusal: refusal))
        }
        return TestProxy(port: port, listener: listener, log: log, accepted: accepted)
    }

    func stop() async {
        try? await listener.close()
        await accepted.closeAll()
    }
}

/// The request heads the proxy received, shared by its connections.
final class ProxyLog: Sendable {
    private let recorded = Mutex<[[String]]>([])

    var heads: [[String]] { recorded.withLock { $0 } }

    func record(_ head: [String]) { recorded.withLock { $0.append(head) } }
}

/// Reads one request head from the client, then answers it, refuses it or turns the connection into a tunnel.
private final class ProxyFrontHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let log: ProxyLog
    private let accepted: AcceptedChannels
    private let refusal: Int?
    private var received = ""

    init(log: ProxyLog, accepted: AcceptedChannels, refusal: Int?) {
        self.log = log
        self.accepted = accepted
        self.refusal = refusal
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        received += String(buffer: unwrapInboundIn(data))
        guard let end = received.range(of: "\r\n\r\n") else { return }
        let lines = received[..<end.lowerBound].components(separatedBy: "\r\n")
        received = ""
        log.record(lines)
        let requestLine = lines[0].split(separator: " ")
        guard requestLine.first == "CONNECT", requestLine.count == 3 else {
            answer("200 OK", body: "from the proxy", context: context)
            return
        }
        if let refusal {
            answer("\(refusal) Refused", extraHeaders: "Proxy-Authenticate: Basic realm=\"test\"\r\n", body: "", context: context)
            return
        }
        let authority = requestLine[1]
        guard let colon = authority.lastIndex(of: ":"), let port = Int(authority[authority.index(after: colon)...]) else {
            answer("400 Bad Request", body: "", context: context)
            return
        }
        openTunnel(host: String(authority[..<colon]), port: port, context: context)
    }

    private func openTunnel(host: String, port: Int, context: ChannelHandlerContext) {
        let client = context.channel
        let accepted = self.accepted
        ClientBootstrap(group: context.eventLoop)
            .channelInitializer { upstream in
                accepted.add(upstream)
                return upstream.eventLoop.makeCompletedFuture {
                    try upstream.pipeline.syncOperations.addHandler(ByteRelay(partner: client))
                }
            }
            .connect(host: host, port: port)
            .assumeIsolated()
            .whenComplete { result in
                switch result {
                case .failure:
                    self.answer("502 Bad Gateway", body: "", context: context)
                case .success(let upstream):
                    do {
                        try context.pipeline.syncOperations.addHandler(ByteRelay(partner: upstream))
                        context.writeAndFlush(self.wrapOutboundOut(ByteBuffer(string: "HTTP/1.1 200 Connection established\r\n\r\n")),
                                              promise: nil)
                        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
                    } catch {
                        context.close(promise: nil)
                        upstream.close(promise: nil)
                    }
                }
            }
    }

    private func answer(_ status: String, extraHeaders: String = "", body: String, context: ChannelHandlerContext) {
        let text = "HTTP/1.1 \(status)\r\n\(extraHeaders)Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: text))).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
