import FoundationEssentials

/// Writes one line per exchange (`POST /api/login → 200 in 12 ms`) to `trace`: method, the URL's
/// path (no query, no host), status and time. Never a header or a body, so no credential or
/// token can reach the trace.
public struct TracingTransport: Transport {
    let upstream: any Transport
    let trace: @Sendable (String) -> Void

    public init(_ upstream: any Transport, trace: @escaping @Sendable (String) -> Void) {
        self.upstream = upstream
        self.trace = trace
    }

    public func send(_ request: HTTPRequest, timeout: Duration, maxBytes: Int) async throws -> HTTPResponse {
        let path = URLComponents(string: request.url)?.path ?? "?"
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let response = try await upstream.send(request, timeout: timeout, maxBytes: maxBytes)
            trace("\(request.method.rawValue) \(path) → \(response.status) in \(Self.milliseconds(clock.now - start)) ms")
            return response
        } catch {
            trace("\(request.method.rawValue) \(path) → failed (\(type(of: error))) after \(Self.milliseconds(clock.now - start)) ms")
            throw error
        }
    }

    public func shutdown() async { await upstream.shutdown() }

    static func milliseconds(_ d: Duration) -> Int64 {
        d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
    }
}
