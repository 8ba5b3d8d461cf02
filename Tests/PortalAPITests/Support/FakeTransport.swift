import Foundation
import PortalAPI

/// An in-memory transport: answers with a handler, records every request.
final class FakeTransport: Transport, @unchecked Sendable {
    typealias Handler = @Sendable (HTTPRequest, Int) async throws -> HTTPResponse
    private let lock = NSLock()
    private var log: [HTTPRequest] = []
    private let handler: Handler

    /// `handler` gets the request and its 0-based index among all requests.
    init(_ handler: @escaping Handler) { self.handler = handler }

    func send(_ request: HTTPRequest, timeout: Duration, maxBytes: Int) async throws -> HTTPResponse {
        let index: Int = lock.withLock { log.append(request); return log.count - 1 }
        return try await handler(request, index)
    }

    func shutdown() async {}

    var requests: [HTTPRequest] { lock.withLock { log } }
    func paths(containing s: String) -> [HTTPRequest] { requests.filter { $0.url.contains(s) } }
}

func json(_ text: String, status: Int = 200, headers: [String: String] = [:]) -> HTTPResponse {
    HTTPResponse(status: status, headers: headers, body: Data(text.utf8))
}

func parse(_ text: String) throws -> JSONValue { try JSONValue.parse(Data(text.utf8)) }

/// A JWT-shaped token (unsigned) with an `exp` claim, as the client reads it.
func fakeJWT(exp: Date?, tag: String = "a") -> String {
    func b64(_ s: String) -> String {
        Data(s.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }
    let payload = exp.map { "{\"exp\":\(Int($0.timeIntervalSince1970)),\"t\":\"\(tag)\"}" } ?? "{\"t\":\"\(tag)\"}"
    return b64("{\"alg\":\"RS256\"}") + "." + b64(payload) + ".sig"
}

func testConfig(_ auth: AuthMode = .jwt, retries: Int = 2) -> ClientConfiguration {
    ClientConfiguration(baseURL: "http://127.0.0.1:9/api", username: "demo@example.com", password: "demo", auth: auth,
                        maxRetries: retries, retryBaseDelay: .milliseconds(1), retryAfterCap: .seconds(2))
}
