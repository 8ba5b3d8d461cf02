import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
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
                 auth override: Auth? = nil, timeout: TimeAmount = .seconds(10)) async throws -> APIResponse {
        var req = HTTPClientRequest(url: sandbox.baseURL + path)
        req.method = method
        switch override ?? auth {
        case .none: break
        case .bearer(let token): req.headers.add(name: "Authorization", value: "Bearer \(token)")
        case .basic(let user, let password):
            req.headers.add(name: "Authorization", value: "Basic " + Data("\(user):\(password)".utf8).base64EncodedString())
        }
        if let json {
            req.headers.add(name: "Content-Type", value: "application/json")
            req.body = .bytes(ByteBuffer(string: json))
        } else if let form {
            req.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            req.body = .bytes(ByteBuffer(string: form))
        }
        let response = try await HTTPClient.shared.execute(req, timeout: timeout)
        let body = try await response.body.collect(upTo: 16 << 20)
        return APIResponse(status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) },
                           text: String(buffer: body))
    }

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
