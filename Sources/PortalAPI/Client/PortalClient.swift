import FoundationEssentials

/// The HostBill User API client: one async method per operation, every failure an `APIError`.
public final class PortalClient: Sendable {
    public let configuration: ClientConfiguration
    let endpoint: Endpoint
    let transport: any Transport
    let session: AuthSession

    /// Throws `APIError.invalidURL` for a malformed URL or plain http to a non-loopback host.
    public init(configuration: ClientConfiguration, transport: any Transport) throws {
        self.configuration = configuration
        self.endpoint = try Endpoint(configuration.baseURL)
        self.transport = transport
        self.session = AuthSession(mode: configuration.auth)
    }

    /// A client over `LiveTransport` (HTTP/1.1 on swift-nio), honouring `https_proxy` / `no_proxy`. Call `shutdown()` when done.
    /// With `trace`, every exchange is also described in one line (see `TracingTransport`).
    public static func live(configuration: ClientConfiguration, trace: (@Sendable (String) -> Void)? = nil) throws -> PortalClient {
        let endpoint = try Endpoint(configuration.baseURL)
        let live = LiveTransport(connectTimeout: configuration.connectTimeout,
                                 proxy: ProxySettings.fromEnvironment(for: endpoint), trust: configuration.trust)
        let transport: any Transport = trace.map { TracingTransport(live, trace: $0) } ?? live
        return try PortalClient(configuration: configuration, transport: transport)
    }

    /// Releases the HTTP client. The client must not be used afterwards.
    public func shutdown() async { await transport.shutdown() }

    /// The current tokens (e.g. to store them 0600 between runs); nil with Basic auth or logged out.
    public func currentTokens() async -> SessionTokens? { await session.tokens }
    /// Resume a stored session without a new `/login` (refreshed ahead of `exp` as usual).
    public func restore(tokens: SessionTokens) async { await session.setTokens(tokens) }
    /// Calls `observer` after every change of the tokens: a login, a silent refresh, a logout,
    /// or a refresh the server refused (nil). Set it after `restore(tokens:)`.
    public func observeTokens(_ observer: @escaping @Sendable (SessionTokens?) -> Void) async {
        await session.observe(observer)
    }
    /// True when requests use HTTP Basic (configured, or `auto` fell back to it).
    public func usesBasicAuth() async -> Bool { await session.usesBasic }
    /// `/token` calls made so far.
    public func refreshCount() async -> Int { await session.refreshCount }

    // MARK: - Calls

    /// GET an API path; the parsed answer after the error rule.
    func get(_ path: String, query: [(String, String)] = []) async throws -> JSONValue {
        try await call(.GET, path, query: query, body: nil, authenticated: true)
    }

    /// POST a JSON body to an API path.
    func post(_ path: String, body: JSONValue = .object([:])) async throws -> JSONValue {
        try await call(.POST, path, query: [], body: body, authenticated: true)
    }

    func call(_ method: HTTPMethod, _ path: String, query: [(String, String)], body: JSONValue?,
              authenticated: Bool, secret: SecretBody = .none) async throws -> JSONValue {
        try await call(method, path, query: query, body: body, authenticated: authenticated, secret: secret,
                       interpret: ResponseInterpreter.interpret)
    }

    /// Sends, renewing the session once on a 401, and reads the answer with `interpret`.
    func call<Answer>(_ method: HTTPMethod, _ path: String, query: [(String, String)], body: JSONValue?,
                      authenticated: Bool, secret: SecretBody = .none,
                      interpret: (HTTPResponse) throws -> Answer) async throws -> Answer {
        var refreshed = false
        while true {
            let credential = authenticated ? try await credential() : nil
            let response = try await exchange(method, endpoint.url(path, query: query), body: body, credential: credential,
                                              secret: secret)
            if response.status == 401, let credential {
                switch credential {
                case .basic:
                    throw APIError.wrongCredentials
                case .bearer(let token):
                    if refreshed { await session.clear(); throw APIError.sessionExpired }
                    refreshed = true
                    try await session.sharedRefresh(after: token, { [self] in try await self.requestRefresh($0) })
                    continue
                }
            }
            return try interpret(response)
        }
    }

    func credential() async throws -> Credential {
        let basic = Data("\(configuration.username):\(configuration.password)".utf8).base64EncodedString()
        return try await session.credential(
            basic: basic, leeway: configuration.refreshLeeway,
            login: { [self] in try await self.performLogin() },
            refresh: { [self] in try await self.requestRefresh($0) })
    }

    /// Sends with the transport policy: retries for reads (and the sign-in, which changes nothing)
    /// only, redirects never carrying credentials to another origin, transport errors mapped to `APIError`.
    func exchange(_ method: HTTPMethod, _ url: String, body: JSONValue?, credential: Credential?,
                  secret: SecretBody = .none) async throws -> HTTPResponse {
        var headers = ["accept": "application/json", "user-agent": configuration.userAgent]
        if let credential { headers["authorization"] = credential.header }
        var request = HTTPRequest(method: method, url: url, headers: headers, body: nil)
        if let body {
            request.headers["content-type"] = "application/json"
            request.body = body.encoded()
        }
        let policy = RetryPolicy(configuration: configuration)
        return try await policy.run(request, repeatable: method == .GET || secret == .password) { [self] req in
            try await self.followingRedirects(req, secret: secret)
        }
    }

    /// Follows up to 5 redirects on the same origin. To another origin (scheme, host or port) only a
    /// request without credentials follows: one with an `Authorization` header or a secret in its body
    /// (sign-in, token refresh) is refused, since a 307/308 would carry the body along.
    func followingRedirects(_ first: HTTPRequest, secret: SecretBody = .none) async throws -> HTTPResponse {
        var request = first
        let startOrigin = Endpoint.origin(of: first.url)
        let carriesCredentials = first.headers["authorization"] != nil || secret != .none
        for _ in 0..<5 {
            let response = try await sendOnce(request)
            guard [301, 302, 303, 307, 308].contains(response.status), let location = response.headers["location"],
                  let next = URL(string: location, relativeTo: URL(string: request.url))?.absoluteURL.absoluteString else {
                return response
            }
            if let c = URLComponents(string: next), c.scheme?.lowercased() != "https",
               !(c.scheme?.lowercased() == "http" && Endpoint.isLoopback(c.host ?? "")) {
                throw APIError.invalidURL("The server redirected to an insecure address; refusing to follow.")
            }
            let target = Endpoint.origin(of: next)
            if carriesCredentials && target != startOrigin {
                throw APIError.invalidURL(PortalClient.crossOriginRefusal(secret: secret, to: target ?? next))
            }
            if response.status == 303 || ((response.status == 301 || response.status == 302) && request.method == .POST) {
                request.method = .GET; request.body = nil; request.headers["content-type"] = nil
            }
            request.url = next
        }
        throw APIError.unreadableResponse("too many redirects")
    }

    static func crossOriginRefusal(secret: SecretBody, to target: String) -> String {
        let what = secret == .none ? "a request carrying your credentials" : secret == .password ? "the sign-in" : "the session renewal"
        return "The server redirected \(what) to another address (\(target)); pio does not send credentials there. "
            + "Check the server URL (scheme, host and port) with the portal's operator."
    }

    func sendOnce(_ request: HTTPRequest) async throws -> HTTPResponse {
        do {
            try Task.checkCancellation()
            return try await transport.send(request, timeout: configuration.requestTimeout, maxBytes: configuration.maxResponseBytes)
        } catch let e as TransportError {
            throw e
        } catch is CancellationError {
            throw TransportError.cancelled
        } catch let e as APIError {
            throw e
        } catch {
            throw TransportError.connection(String(describing: type(of: error)))
        }
    }
}

/// What secret a request's body carries, besides any `Authorization` header.
enum SecretBody: Sendable, Equatable {
    case none
    /// The account password (`/login`): the request may be repeated, it changes nothing on the server.
    case password
    /// A refresh token (`/token`): never repeated, the server may have rotated it.
    case refreshToken
}
