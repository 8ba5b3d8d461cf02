import FoundationEssentials
import NIOCore
import NIOHTTP1

/// One request to send on a connection and the promise its answer completes.
struct HTTPExchange: Sendable {
    var head: HTTPRequestHead
    var body: ByteBuffer?
    var maxBytes: Int
    var answer: EventLoopPromise<CollectedResponse>
}

/// A whole answer, its body within the cap; `reusable` when both sides keep the connection open.
struct CollectedResponse: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: ByteBuffer
    var reusable: Bool
}

/// The last handler of a connection's pipeline: writes an `HTTPExchange` as request parts and
/// completes its promise with the collected answer, or with a `TransportError` when the body
/// passes the cap, the connection fails or closes first. A connection carries one exchange at a time.
final class HTTPExchangeHandler: ChannelDuplexHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundIn = HTTPExchange
    typealias OutboundOut = HTTPClientRequestPart

    private var exchange: HTTPExchange?
    private var head: HTTPResponseHead?
    private var body = ByteBuffer()

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let exchange = unwrapOutboundIn(data)
        self.exchange = exchange
        head = nil
        body = context.channel.allocator.buffer(capacity: 0)
        context.write(wrapOutboundOut(.head(exchange.head)), promise: nil)
        if let bytes = exchange.body { context.write(wrapOutboundOut(.body(.byteBuffer(bytes))), promise: nil) }
        context.write(wrapOutboundOut(.end(nil)), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard let exchange else { return }
        switch unwrapInboundIn(data) {
        case .head(let received):
            if (100..<200).contains(received.status.code) { return }   // 100 Continue and friends
            if let length = received.headers.first(name: "content-length").flatMap(Int.init), length > exchange.maxBytes {
                fail(.tooLarge(limit: exchange.maxBytes), context: context)
                return
            }
            head = received
        case .body(var part):
            guard head != nil else { return }
            if body.readableBytes + part.readableBytes > exchange.maxBytes {
                fail(.tooLarge(limit: exchange.maxBytes), context: context)
                return
            }
            body.writeBuffer(&part)
        case .end:
            guard let head else { return }
            self.exchange = nil
            self.head = nil
            let reusable = head.isKeepAlive && exchange.head.isKeepAlive
            exchange.answer.succeed(CollectedResponse(status: Int(head.status.code), headers: head.headers,
                                                      body: body, reusable: reusable))
            body = ByteBuffer()
            if !reusable { context.close(promise: nil) }
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(TransportErrors.classify(error, cap: exchange?.maxBytes ?? 0), context: context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        if let exchange {
            self.exchange = nil
            exchange.answer.fail(TransportError.connection("connection closed by the server"))
        }
        context.fireChannelInactive()
    }

    private func fail(_ error: TransportError, context: ChannelHandlerContext) {
        if let exchange {
            self.exchange = nil
            exchange.answer.fail(error)
        }
        context.close(promise: nil)
    }
}
