import NIOCore
import NIOTLS

/// Sits after the TLS handler and completes `done` when the handshake ends, so a request is written
/// only to a connection that passed it. Without it a handshake refused before the request reached
/// the pipeline surfaced as "connection closed" instead of a TLS error.
final class TLSHandshakeWatcher: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny

    private let done: EventLoopPromise<Void>

    init(done: EventLoopPromise<Void>) { self.done = done }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case TLSUserEvent.handshakeCompleted = event {
            done.succeed(())
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        done.fail(error)
        context.fireErrorCaught(error)
    }

    func channelInactive(context: ChannelHandlerContext) {
        done.fail(TransportError.connection("connection closed by the server"))
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        done.fail(ChannelError.ioOnClosedChannel)   // no-op after success; never leaves the promise open
    }
}
