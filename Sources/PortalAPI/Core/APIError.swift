/// Everything that can go wrong talking to the server, as one enum a UI can explain.
public enum APIError: Error, Sendable, Equatable {
    /// The server could not be reached (DNS, refused, reset, no route).
    case offline(String)
    case timedOut
    case tls(String)
    /// The base URL is malformed, or not https for a non-loopback host.
    case invalidURL(String)
    /// HTTP status ≥ 400, with any messages the body carried.
    case httpStatus(Int, ServerMessages)
    /// HTTP 429 or a rate-limit answer; `retryAfter` in seconds when the server said.
    case rateLimited(retryAfter: Int?)
    /// A non-empty `error` array in the body.
    case server(ServerMessages)
    case wrongCredentials
    /// The access token expired and could not be renewed: log in again.
    case sessionExpired
    case notLoggedIn
    case unreadableResponse(String)
    case responseTooLarge(limit: Int)
    /// A request the client refused to send (bad argument).
    case invalidRequest(String)
    case cancelled

    /// One readable sentence, without secrets.
    public var message: String {
        switch self {
        case .offline(let why): return "Cannot reach the server (\(why)). Check the URL and your network."
        case .timedOut: return "The server did not answer in time. Try again later."
        case .tls(let why): return "Secure connection failed (\(why))."
        case .invalidURL(let why): return why
        case .httpStatus(let code, let messages):
            let base = "The server answered HTTP \(code)\(APIError.statusName(code).map { " (\($0))" } ?? "")."
            return messages.isEmpty ? base : base + " " + messages.text
        case .rateLimited(let after):
            return "Too many requests" + (after.map { "; try again in \($0) s." } ?? "; try again shortly.")
        case .server(let messages): return messages.isEmpty ? "The server reported an error." : messages.text
        case .wrongCredentials: return "Wrong email or password."
        case .sessionExpired: return "Your session has expired. Please log in again."
        case .notLoggedIn: return "Not logged in."
        case .unreadableResponse(let why): return "The server's answer could not be read: \(why)."
        case .responseTooLarge(let limit): return "The server's answer is larger than \(limit / 1_048_576) MiB and was refused."
        case .invalidRequest(let why): return why
        case .cancelled: return "Cancelled."
        }
    }

    /// Authentication problems (wrong credentials, expired session): the user must log in again.
    public var isAuthFailure: Bool {
        switch self {
        case .wrongCredentials, .sessionExpired, .notLoggedIn: return true
        case .httpStatus(let code, _): return code == 401 || code == 403
        default: return false
        }
    }

    /// Failures after which a write may still have taken effect: no answer came, or none that could be
    /// read. Not when no connection was made at all (refused, unknown host, no route): nothing was sent.
    public var leavesOutcomeUnknown: Bool {
        switch self {
        case .offline(let why): return !APIError.beforeSending.contains(why)
        case .timedOut, .unreadableResponse: return true
        default: return false
        }
    }

    /// The reasons `TransportErrors` gives for a connection that was never made.
    static let beforeSending: Set<String> = ["connection refused", "host name not found", "network unreachable"]

    /// Failures of the connection rather than of the server's logic.
    public var isNetworkFailure: Bool {
        switch self {
        case .offline, .timedOut, .tls: return true
        default: return false
        }
    }

    static func statusName(_ code: Int) -> String? {
        switch code {
        case 400: return "bad request"
        case 401: return "unauthorized"
        case 403: return "forbidden"
        case 404: return "not found"
        case 405: return "method not allowed"
        case 429: return "too many requests"
        case 500: return "internal server error"
        case 501: return "not implemented"
        case 502: return "bad gateway"
        case 503: return "service unavailable"
        case 504: return "gateway timeout"
        default: return nil
        }
    }
}
