/// How the client authenticates.
public enum AuthMode: String, Sendable, CaseIterable {
    /// `POST /login` for a JWT, `Authorization: Bearer`, refresh via `/token`.
    case jwt
    /// HTTP Basic (`email:password`) on every request.
    case basic
    /// Try `/login`; fall back to Basic when login fails with a server error.
    case auto
}

/// Where and how to connect.
public struct ClientConfiguration: Sendable {
    /// The API root including "/api", e.g. "https://cp.pio.hosting/api".
    public var baseURL: String
    public var username: String
    public var password: String
    public var auth: AuthMode
    /// Time allowed to open a connection.
    public var connectTimeout: Duration
    /// Deadline for one whole request (connect, send, answer).
    public var requestTimeout: Duration
    /// Automatic retries of a GET on connection errors, 429, 502, 503, 504 (never a POST).
    public var maxRetries: Int
    /// Base delay of the jittered exponential backoff between retries.
    public var retryBaseDelay: Duration
    /// The longest `Retry-After` honoured; a longer one fails with `rateLimited`.
    public var retryAfterCap: Duration
    /// Answers larger than this are refused. The default takes an account with 100,000 invoices
    /// (about 23 MB as HostBill lists them) with room to spare.
    public var maxResponseBytes: Int
    /// Refresh a JWT this long before its `exp`.
    public var refreshLeeway: Duration
    /// Pages fetched at most for a paginated list.
    public var maxPages: Int
    public var userAgent: String
    /// The CA certificates that verify an https server (`TrustRoots.load`); the system's by default.
    public var trust: TrustRoots

    public init(baseURL: String, username: String, password: String, auth: AuthMode = .auto,
                connectTimeout: Duration = .seconds(10), requestTimeout: Duration = .seconds(30),
                maxRetries: Int = 2, retryBaseDelay: Duration = .milliseconds(300), retryAfterCap: Duration = .seconds(30),
                maxResponseBytes: Int = 64 * 1_048_576, refreshLeeway: Duration = .seconds(30), maxPages: Int = 50,
                userAgent: String = "pio/0.1", trust: TrustRoots = .system) {
        self.baseURL = baseURL; self.username = username; self.password = password; self.auth = auth
        self.connectTimeout = connectTimeout; self.requestTimeout = requestTimeout
        self.maxRetries = max(0, min(maxRetries, 2)); self.retryBaseDelay = retryBaseDelay; self.retryAfterCap = retryAfterCap
        self.maxResponseBytes = maxResponseBytes; self.refreshLeeway = refreshLeeway; self.maxPages = max(1, maxPages)
        self.userAgent = userAgent
        self.trust = trust
    }
}
