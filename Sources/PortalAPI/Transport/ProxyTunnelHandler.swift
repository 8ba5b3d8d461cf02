import FoundationEssentials
import NIOCore

/// Opens a tunnel through an HTTP proxy (`CONNECT host:port`) on a fresh connection, then hands
/// the pipeline over: it removes itself and `whenOpen` adds the TLS and HTTP handlers.
final class ProxyTunnelHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let authority: String
    private let proxyAuthorization: String?
    private let opened: EventLoopPromise<Void>
    private let whenOpen: (ChannelPipeline.SynchronousOperations) throws -> Void
    private var received = ByteBuffer()
    private static let headerLimit = 16 * 1024

    init(authority: String, proxyAuthorization: String?, opened: EventLoopPromise<Void>,
         whenOpen: @escaping (ChannelPipeline.SynchronousOperations) throws -> Void) {
        self.authority = authority
        self.proxyAuthorization = proxyAuthorization
        self.opened = opened
        self.whenOpen = whenOpen
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { sendConnect(context: context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        sendConnect(context: context)
        context.fireChannelActive()
    }

    private func sendConnect(context: ChannelHandlerContext) {
        var text = "CONNECT \(authority) HTTP/1.1\r\nHost: \(authority)\r\n"
        if let proxyAuthorization { text += "Proxy-Authorization: \(proxyAuthorization)\r\n" }
        text += "\r\n"
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(string: text)), promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var part = unwrapInboundIn(data)
        received.writeBuffer(&part)
        let bytes = received.readableBytesView
        guard let end = Self.endOfHeader(bytes) else {
            if received.readableBytes > Self.headerLimit { fail(.connection("the proxy's answer is too long"), context: context) }
            return
        }
        let statusLine = String(decoding: bytes.prefix(while: { $0 != 13 && $0 != 10 }), as: UTF8.self)
        let fields = statusLine.split(separator: " ", maxSplits: 2)
        guard fields.count >= 2, fields[0].hasPrefix("HTTP/1."), let code = Int(fields[1]) else {
            fail(.connection("the proxy did not answer in HTTP"), context: context)
            return
        }
        guard code == 200 else {
            fail(.proxyRefused(code == 407 ? "the proxy refused its credentials (407)" : "the proxy refused the tunnel (\(code))"),
                 context: context)
            return
        }
        guard end == bytes.count else {
            fail(.connection("the proxy sent data before the tunnel opened"), context: context)
            return
        }
        do {
            try whenOpen(context.pipeline.syncOperations)
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
            opened.succeed(())
        } catch {
            fail(TransportErrors.classify(error), context: context)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(TransportErrors.classify(error), context: context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        opened.fail(TransportError.connection("the proxy closed the connection"))
        context.fireChannelInactive()
    }

    private func fail(_ error: TransportError, context: ChannelHandlerContext) {
        opened.fail(error)
        context.close(promise: nil)
    }

    /// The offset just past the blank line that ends the header, if it has arrived.
    static func endOfHeader(_ bytes: ByteBufferView) -> Int? {
        bytes.withContiguousStorageIfAvailable { b -> Int? in
            guard b.count >= 4 else { return nil }
            for i in 0...(b.count - 4) where b[i] == 13 && b[i + 1] == 10 && b[i + 2] == 13 && b[i + 3] == 10 {
                return i + 4
            }
            return nil
        } ?? nil
    }
}
