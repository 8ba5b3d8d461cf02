import FoundationEssentials

/// The client sends GET and POST; DELETE is there for tests that probe how a server refuses it.
public enum HTTPMethod: String, Sendable { case GET, POST, DELETE }

/// One HTTP exchange as the client sees it; the transport follows no redirects itself.
public struct HTTPRequest: Sendable, Equatable {
    public var method: HTTPMethod
    public var url: String
    /// Header names in lower case.
    public var headers: [String: String]
    public var body: Data?

    public init(method: HTTPMethod, url: String, headers: [String: String] = [:], body: Data? = nil) {
        self.method = method; self.url = url; self.headers = headers; self.body = body
    }
}

public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    /// Header names in lower case.
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status; self.headers = headers; self.body = body
    }
}

/// Why a transport could not deliver an answer.
public enum TransportError: Error, Sendable, Equatable {
    /// Could not connect, or the connection broke before an answer (safe to retry a GET).
    case connection(String)
    /// The proxy refused the tunnel or its credentials (not retried: asking again gets the same answer).
    case proxyRefused(String)
    case timedOut
    case tls(String)
    case tooLarge(limit: Int)
    case cancelled
}

/// Sends one request and returns the answer. `LiveTransport` speaks HTTP/1.1 on swift-nio; tests use fakes.
public protocol Transport: Sendable {
    /// Throws `TransportError`. Must not follow redirects and must cap the body at `maxBytes`.
    func send(_ request: HTTPRequest, timeout: Duration, maxBytes: Int) async throws -> HTTPResponse
    /// Releases connections; the transport is unusable afterwards.
    func shutdown() async
}
