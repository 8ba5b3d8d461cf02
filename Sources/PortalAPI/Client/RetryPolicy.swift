import FoundationEssentials

/// When to try a request again: only a repeatable one (a GET, or the sign-in, which changes nothing),
/// only on connection errors, 429, 502, 503, 504, at most `maxRetries` times, after a jittered
/// exponential backoff or the server's `Retry-After` (up to a cap). A write (any other POST) is never
/// repeated automatically: once sent it may have taken effect.
struct RetryPolicy: Sendable {
    let maxRetries: Int
    let baseDelay: Duration
    let retryAfterCap: Duration

    init(configuration: ClientConfiguration) {
        maxRetries = configuration.maxRetries
        baseDelay = configuration.retryBaseDelay
        retryAfterCap = configuration.retryAfterCap
    }

    static let retryableStatuses: Set<Int> = [429, 502, 503, 504]

    func run(_ request: HTTPRequest, repeatable: Bool, _ send: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
        var attempt = 0
        while true {
            let canRetry = repeatable && attempt < maxRetries
            do {
                let response = try await send(request)
                guard canRetry, RetryPolicy.retryableStatuses.contains(response.status) else { return response }
                let after = RetryPolicy.retryAfterSeconds(response.headers["retry-after"])
                if let after, Duration.seconds(after) > retryAfterCap { return response }
                try await pause(after.map { Duration.seconds($0) } ?? backoff(attempt))
            } catch let error as TransportError {
                guard canRetry, case .connection = error else { throw RetryPolicy.map(error) }
                try await pause(backoff(attempt))
            }
            attempt += 1
        }
    }

    func backoff(_ attempt: Int) -> Duration {
        let factor = Double(1 << min(attempt, 6)) * Double.random(in: 0.5...1.5)
        return baseDelay * factor
    }

    func pause(_ d: Duration) async throws {
        do { try await Task.sleep(for: d) } catch { throw APIError.cancelled }
    }

    static func map(_ error: TransportError) -> APIError {
        switch error {
        case .connection(let why), .proxyRefused(let why): return .offline(why)
        case .timedOut: return .timedOut
        case .tls(let why): return .tls(why)
        case .tooLarge(let limit): return .responseTooLarge(limit: limit)
        case .cancelled: return .cancelled
        }
    }

    /// `Retry-After` as seconds: a number, or an HTTP date.
    static func retryAfterSeconds(_ value: String?) -> Int? {
        guard let v = value?.trimmingWhitespace(), !v.isEmpty else { return nil }
        if let n = Int(v) { return max(0, n) }
        guard let date = HTTPDate.parse(v) else { return nil }
        return max(0, Int(date.timeIntervalSinceNow.rounded(.up)))
    }
}
