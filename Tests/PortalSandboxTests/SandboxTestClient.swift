import Foundation
import PortalAPI
import PortalSandbox
import Testing

/// A parsed answer from the sandbox.
struct APIResponse {
    let status: Int
    let headers: [(String, String)]
    let text: String

    /// The body as Foundation objects (an independent JSON parser from the sandbox's own).
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    var errors: [String] { json["error"] as? [String] ?? [] }
    var info: [String] { json["info"] as? [String] ?? [] }

    func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }
}

enum Auth {
    case none
    case bearer(String)
    case basic(String, String)
}

/// Talks real HTTP to one started sandbox.
struct SandboxTestClient {
    let sandbox: RunningSandbox
    var auth: Auth = .none

    static func start(_ options: SandboxOptions = SandboxOptions()) async throws -> SandboxTestClient {
        SandboxTestClient(sandbox: try await SandboxServer.start(options))
    }

    static let basicDemo = Auth.basic("demo@example.com", "demo")

    func request(_ method: HTTPMethod, _ path: String, json: String? = nil, form: String? = nil,
                 auth override: Auth? = nil, timeout: Duration = .seconds(60)) async throws -> APIResponse {
        var req = HTTPRequest(method: method, url: sandbox.baseURL + path)
        switch override ?? auth {
        case .none: break
        case .bearer(let token): req.headers["authorization"] = "Bearer \(token)"
        case .basic(let user, let password):
            req.headers["authorization"] = "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        }
        if let json {
            req.headers["content-type"] = "application/json"
            req.body = Data(json.utf8)
        } else if let form {
            req.headers["content-type"] = "application/x-www-form-urlencoded"
            req.body = Data(form.utf8)
        }
        let response = try await Self.transport.send(req, timeout: timeout, maxBytes: 16 << 20)
        return APIResponse(status: response.status, headers: response.headers.map { ($0.key, $0.value) },
                           text: String(decoding: response.body, as: UTF8.self))
    }

    // 60 s: the suites share two cooperative threads with CPU-bound tests (100,000 invoices) that can hold
    // both for 10–20 s in a debug build; a test that wants a timeout passes its own.

    /// One transport for every test: the sandbox tests run in one process and it is never shut down.
    static let transport = LiveTransport()

    func get(_ path: String) async throws -> APIResponse { try await request(.GET, path) }

    func post(_ path: String, _ json: String = "{}") async throws -> APIResponse { try await request(.POST, path, json: json) }

    /// Logs in with the demo account and returns a client that sends the bearer token.
    func signedIn() async throws -> (SandboxTestClient, token: String, refresh: String) {
        let r = try await request(.POST, "/login", json: #"{"username":"demo@example.com","password":"demo"}"#, auth: Auth.none)
        let token = try #require(r.json["token"] as? String)
        let refresh = try #require(r.json["refresh"] as? String)
        var copy = self
        copy.auth = .bearer(token)
        return (copy, token, refresh)
    }

    func stop() async { await sandbox.stop() }
}

/// Runs `body` against a fresh sandbox signed in with Basic auth, and always stops it.
func withSandbox(_ options: SandboxOptions = SandboxOptions(),
                 _ body: (SandboxTestClient) async throws -> Void) async throws {
    var client = try await SandboxTestClient.start(options)
    client.auth = SandboxTestClient.basicDemo
    do {
        try await body(client)
    } catch {
        await client.stop()
        throw error
    }
    await client.stop()
}

extension APIResponse {
    /// A list payload (`services`, `invoices`, …) as an array of objects.
    func list(_ key: String) -> [[String: Any]] { json[key] as? [[String: Any]] ?? [] }
    func object(_ key: String) -> [String: Any] { json[key] as? [String: Any] ?? [:] }
}
