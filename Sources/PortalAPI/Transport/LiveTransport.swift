import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The real transport: AsyncHTTPClient with its own `HTTPClient` (shut down in `shutdown()`),
/// no automatic redirects (the client follows them itself), a connect timeout, a per-request
/// deadline and a capped body.
public final class LiveTransport: Transport {
    let client: HTTPClient
    private let isShutDown = OnceFlag()

    public init(connectTimeout: Duration = .seconds(10), proxy: ProxySettings? = nil) {
        var config = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: LiveTransport.amount(connectTimeout)),
            ignoreUncleanSSLShutdown: false)
        config.decompression = .enabled(limit: .ratio(50))
        // The client's RetryPolicy decides about retries; AHC's own would hold a refused
        // connection until the connect timeout.
        config.connectionPool.retryConnectionEstablishment = false
        if let proxy {
            if let userInfo = proxy.userInfo {
                let parts = userInfo.split(separator: ":", maxSplits: 1).map(String.init)
                config.proxy = .server(host: proxy.host, port: proxy.port,
                                       authorization: .basic(username: parts.first ?? "", password: parts.count > 1 ? parts[1] : ""))
            } else {
                config.proxy = .server(host: proxy.host, port: proxy.port)
            }
        }
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: config)
    }

    public func shutdown() async {
        guard isShutDown.setFirstTime() else { return }
        try? await client.shutdown()
    }

    /// A forgotten `shutdown()` must not crash (AHC asserts in debug builds, leaving the terminal raw):
    /// start a non-blocking shutdown instead.
    deinit {
        if isShutDown.setFirstTime() {
            client.shutdown(queue: .global()) { _ in }
        }
    }

    public func send(_ request: HTTPRequest, timeout: Duration, maxBytes: Int) async throws -> HTTPResponse {
        var req = HTTPClientRequest(url: request.url)
        req.method = request.method == .GET ? .GET : .POST
        for (name, value) in request.headers { req.headers.add(name: name, value: value) }
        if let body = request.body { req.body = .bytes(ByteBuffer(bytes: body)) }
        do {
            let response = try await client.execute(req, timeout: LiveTransport.amount(timeout))
            if let length = response.headers.first(name: "content-length").flatMap(Int.init), length > maxBytes {
                throw TransportError.tooLarge(limit: maxBytes)
            }
            let buffer = try await response.body.collect(upTo: maxBytes)
            var headers: [String: String] = [:]
            for h in response.headers { headers[h.name.lowercased()] = h.value }
            return HTTPResponse(status: Int(response.status.code), headers: headers, body: Data(buffer.readableBytesView))
        } catch let e as TransportError {
            throw e
        } catch is NIOTooManyBytesError {
            throw TransportError.tooLarge(limit: maxBytes)
        } catch is CancellationError {
            throw TransportError.cancelled
        } catch let e as HTTPClientError {
            throw LiveTransport.map(e)
        } catch {
            throw LiveTransport.classify(error)
        }
    }

    static func map(_ e: HTTPClientError) -> TransportError {
        switch e {
        case .connectTimeout, .deadlineExceeded, .readTimeout, .writeTimeout: return .timedOut
        case .tlsHandshakeTimeout: return .tls("handshake timed out")
        case .cancelled: return .cancelled
        case .remoteConnectionClosed: return .connection("connection closed by the server")
        default: return classify(e)
        }
    }

    /// NIO and NIOSSL errors by description, without importing NIOSSL.
    static func classify(_ error: any Error) -> TransportError {
        let text = String(describing: error)
        let lower = text.lowercased()
        if lower.contains("ssl") || lower.contains("tls") || lower.contains("certificate") || lower.contains("handshake") {
            return .tls("certificate or TLS error")
        }
        if lower.contains("timeout") || lower.contains("timedout") { return .timedOut }
        if lower.contains("refused") { return .connection("connection refused") }
        if lower.contains("reset") { return .connection("connection reset") }
        if lower.contains("lookup") || lower.contains("resolve") || lower.contains("dns") { return .connection("host name not found") }
        return .connection("network error")
    }

    static func amount(_ d: Duration) -> TimeAmount {
        let (s, atto) = d.components
        return .nanoseconds(s * 1_000_000_000 + atto / 1_000_000_000)
    }
}

/// A flag that is set once; `setFirstTime()` is true for the one caller that set it.
final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false

    func setFirstTime() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if isSet { return false }
        isSet = true
        return true
    }
}
