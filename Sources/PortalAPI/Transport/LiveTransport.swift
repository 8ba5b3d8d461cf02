import FoundationEssentials
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix
import NIOSSL
import Synchronization

/// The real transport: HTTP/1.1 on swift-nio, TLS with NIOSSL and the system's trust roots (or `TrustRoots`),
/// keep-alive connections reused per origin, an HTTP proxy (`CONNECT` for https), gzip/deflate
/// answers inflated up to 50×, a connect timeout, one deadline per request and a capped body.
/// It follows no redirects (the client decides) and retries nothing (the client's RetryPolicy does).
public final class LiveTransport: Transport {
    private let connectTimeout: Duration
    private let proxy: ProxySettings?
    private let group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    let pool = ConnectionPool()
    private let isShutDown = Atomic<Bool>(false)
    private let tls = Mutex<NIOSSLContext?>(nil)
    private let trust: TrustRoots

    /// `trust` says which CA certificates verify servers (see `TrustRoots`); verification of the
    /// chain and the host name stays as it is.
    public init(connectTimeout: Duration = .seconds(10), proxy: ProxySettings? = nil, trust: TrustRoots = .system) {
        self.connectTimeout = connectTimeout
        self.proxy = proxy
        self.trust = trust
    }

    public func shutdown() async {
        isShutDown.store(true, ordering: .relaxed)
        pool.closeAll()
    }

    deinit { pool.closeAll() }

    public func send(_ request: HTTPRequest, timeout: Duration, maxBytes: Int) async throws -> HTTPResponse {
        guard !isShutDown.load(ordering: .relaxed) else { throw TransportError.cancelled }
        let target = try RequestTarget(url: request.url)
        let deadline = NIODeadline.now() + Self.amount(timeout)
        let reused = pool.take(target.origin)
        let loop = reused?.eventLoop ?? group.next()
        let answer = loop.makePromise(of: CollectedResponse.self)
        let exchange = HTTPExchange(head: head(for: request, to: target), body: request.body.map { ByteBuffer(bytes: $0) },
                                    maxBytes: maxBytes, answer: answer)
        let current = CurrentConnection(reused)
        let timer = loop.scheduleTask(deadline: deadline) { answer.fail(TransportError.timedOut) }
        answer.futureResult.whenComplete { _ in timer.cancel() }

        let connected: EventLoopFuture<any Channel>
        if let reused {
            connected = loop.makeSucceededFuture(reused)
        } else {
            let remaining = min(Self.amount(connectTimeout), deadline - .now())
            connected = connect(to: target, on: loop, timeout: remaining) { channel in current.adopt(channel) }
        }
        connected.whenComplete { result in
            switch result {
            case .failure(let error):
                answer.fail(TransportErrors.classify(error))
            case .success(let channel):
                guard !current.isAbandoned else { return }   // adopted on connecting, closed since
                channel.writeAndFlush(exchange).whenFailure { error in answer.fail(TransportErrors.classify(error)) }
            }
        }
        // A request that ended early (deadline, cancel) leaves its connection in an unknown state: close it.
        answer.futureResult.whenFailure { _ in current.abandon() }

        let collected = try await withTaskCancellationHandler {
            try await answer.futureResult.get()
        } onCancel: {
            answer.fail(TransportError.cancelled)
        }
        if let channel = current.channel {
            if collected.reusable && channel.isActive && !isShutDown.load(ordering: .relaxed) {
                pool.put(channel, origin: target.origin)
            } else {
                channel.close(promise: nil)
            }
        }
        var headers: [String: String] = [:]
        for (name, value) in collected.headers { headers[name.lowercased()] = value }
        return HTTPResponse(status: collected.status, headers: headers, body: Data(collected.body.readableBytesView))
    }

    private func head(for request: HTTPRequest, to target: RequestTarget) -> HTTPRequestHead {
        let viaPlainProxy = proxy != nil && !target.isTLS
        var headers = HTTPHeaders()
        headers.add(name: "Host", value: target.authority)
        for (name, value) in request.headers { headers.add(name: name, value: value) }
        if request.method == .POST || request.body != nil {
            headers.replaceOrAdd(name: "Content-Length", value: String(request.body?.count ?? 0))
        }
        if viaPlainProxy, let authorization = proxy?.authorization {
            headers.add(name: "Proxy-Authorization", value: authorization)
        }
        return HTTPRequestHead(version: .http1_1, method: NIOHTTP1.HTTPMethod(rawValue: request.method.rawValue),
                               uri: viaPlainProxy ? target.origin + target.pathAndQuery : target.pathAndQuery,
                               headers: headers)
    }

    /// Succeeds once the connection can carry HTTP: connected, tunnelled through the proxy and past
    /// the TLS handshake. `opened` gets the channel as soon as it is connected, so the deadline can close it.
    private func connect(to target: RequestTarget, on loop: any EventLoop, timeout: TimeAmount,
                         opened: @escaping @Sendable (any Channel) -> Void) -> EventLoopFuture<any Channel> {
        let tlsContext: NIOSSLContext?
        do { tlsContext = target.isTLS ? try sslContext() : nil } catch { return loop.makeFailedFuture(error) }
        let serverName = target.hostIsAddress ? nil : target.host
        let ready = loop.makePromise(of: Void.self)
        let addHTTP: @Sendable (ChannelPipeline.SynchronousOperations) throws -> Void = { pipeline in
            if let tlsContext {
                try pipeline.addHandler(try NIOSSLClientHandler(context: tlsContext, serverHostname: serverName))
                try pipeline.addHandler(TLSHandshakeWatcher(done: ready))
            }
            try pipeline.addHTTPClientHandlers()
            try pipeline.addHandler(NIOHTTPResponseDecompressor(limit: .ratio(50)))
            try pipeline.addHandler(HTTPExchangeHandler())
        }
        let tunnelled = proxy != nil && target.isTLS
        let tunnelOpened = loop.makePromise(of: Void.self)
        let authorization = proxy?.authorization
        let bootstrap = ClientBootstrap(group: loop)
            .connectTimeout(max(timeout, .milliseconds(1)))
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if tunnelled {
                        try channel.pipeline.syncOperations.addHandler(
                            ProxyTunnelHandler(authority: target.authority, proxyAuthorization: authorization,
                                               opened: tunnelOpened, whenOpen: addHTTP))
                    } else {
                        try addHTTP(channel.pipeline.syncOperations)
                    }
                }
            }
        let connected = bootstrap.connect(host: proxy?.host ?? target.host, port: proxy?.port ?? target.port)
        if !tunnelled { tunnelOpened.succeed(()) }
        if tlsContext == nil { ready.succeed(()) }
        connected.whenComplete { result in
            switch result {
            case .success(let channel): opened(channel)
            case .failure(let error):
                tunnelOpened.fail(error)
                ready.fail(error)
            }
        }
        tunnelOpened.futureResult.whenFailure { ready.fail($0) }
        return connected.flatMap { channel in
            ready.futureResult.map { channel }.flatMapErrorThrowing { error in
                channel.close(promise: nil)
                throw error
            }
        }
    }

    /// Built on the first https request: loading the trust roots costs a few milliseconds.
    private func sslContext() throws -> NIOSSLContext {
        try tls.withLock { context in
            if let context { return context }
            var configuration = TLSConfiguration.makeClientConfiguration()
            trust.apply(to: &configuration)
            let made = try NIOSSLContext(configuration: configuration)
            context = made
            return made
        }
    }

    static func amount(_ d: Duration) -> TimeAmount {
        let (s, atto) = d.components
        return .nanoseconds(s * 1_000_000_000 + atto / 1_000_000_000)
    }
}
