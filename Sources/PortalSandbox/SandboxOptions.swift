/// Everything that shapes one sandbox run; the CLI flags map one to one onto these fields.
public struct SandboxOptions: Sendable {
    public var port: Int
    public var dataset: SandboxDataset
    /// Lifetime of access tokens, in seconds.
    public var tokenTTL: Int
    public var auth: SandboxAuth
    public var latencyMs: Int
    public var jitterMs: Int
    public var faults: [SandboxFault]
    /// Matching requests each fault rule lets through before it applies.
    public var spare: Int
    /// Requests per second before answering 429; nil means unlimited.
    public var rateLimit: Int?
    public var requestLogPath: String?
    public var assetsDirectory: String?
    /// Replaces the demo account's password (tests use a canary to prove it never leaks).
    public var accountPassword: String?

    public init(port: Int = 0, dataset: SandboxDataset = .demo, tokenTTL: Int = 3600, auth: SandboxAuth = .both,
                latencyMs: Int = 0, jitterMs: Int = 0, faults: [SandboxFault] = [], spare: Int = 0, rateLimit: Int? = nil,
                requestLogPath: String? = nil, assetsDirectory: String? = nil, accountPassword: String? = nil) {
        self.port = port
        self.dataset = dataset
        self.tokenTTL = tokenTTL
        self.auth = auth
        self.latencyMs = latencyMs
        self.jitterMs = jitterMs
        self.faults = faults
        self.spare = spare
        self.rateLimit = rateLimit
        self.requestLogPath = requestLogPath
        self.assetsDirectory = assetsDirectory
        self.accountPassword = accountPassword
    }
}

public enum SandboxDataset: Sendable, Equatable {
    /// The hand-written demo account in `Assets/sandbox/`.
    case demo
    /// Generated, deterministic: the demo catalogue with this many services and invoices.
    case large(services: Int, invoices: Int)
    /// Strings full of escape sequences, bidi overrides, wide characters and 10 KB labels.
    case hostile
    /// The demo account as other HostBill installs answer for it (see `QuirksDataset`).
    case quirks
}

/// Which authentication the simulated install has enabled.
public enum SandboxAuth: String, Sendable, CaseIterable {
    case jwt, basic, both
}

/// A fault injected on the requests a route pattern matches.
/// Patterns: `METHOD /path` or `/path` (any method), relative to `/api`; `*` matches one path segment,
/// e.g. `GET /service`, `POST /order/*`, `/service/*/cancel`.
public enum SandboxFault: Sendable, Equatable {
    /// Answer `status` (with an empty `error`-style body) on a `rate` fraction (0…1) of matching requests.
    case fail(route: String, status: Int, rate: Double)
    /// Do the work, then send a truncated JSON body.
    case malformed(route: String)
    /// Never answer (until the sandbox stops).
    case hang(route: String)
    /// Do the work (state changes), then drop the connection without an answer.
    case resetAfterCommit(route: String)

    public var route: String {
        switch self {
        case .fail(let r, _, _), .malformed(let r), .hang(let r), .resetAfterCommit(let r): return r
        }
    }
}
