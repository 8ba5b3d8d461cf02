import Foundation
import PortalSandbox
import Testing

@Suite struct RequestLogTests {
    @Test func logRecordsMethodPathSchemeStatusAndMasksSecrets() async throws {
        try await withSandbox { client async throws in
            _ = try await client.signedIn()
            _ = try await client.get("/service")
            _ = try await client.request(.GET, "/service", auth: Auth.none)
            let log = client.sandbox.requestLog()
            #expect(log.count == 3)
            #expect(log[0].method == "POST" && log[0].path == "/api/login" && log[0].authScheme == "none")
            let body = try #require(log[0].body)
            #expect(!body.contains("\"demo\""))
            #expect(body.contains("***"))
            #expect(body.contains("demo@example.com"))
            #expect(log[1].authScheme == "basic" && log[1].status == 200 && log[1].path == "/api/service")
            #expect(log[2].status == 401)
        }
    }

    @Test func refreshTokensAreMaskedToo() async throws {
        try await withSandbox { client async throws in
            let (_, _, refresh) = try await client.signedIn()
            _ = try await client.request(.POST, "/token", json: #"{"refresh_token":"\#(refresh)"}"#, auth: Auth.none)
            let entry = try #require(client.sandbox.requestLog().last)
            #expect(entry.path == "/api/token")
            #expect(entry.body?.contains(refresh) == false)
        }
    }

    @Test func logFileGetsOneJSONLinePerRequest() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pio-sandbox-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await withSandbox(SandboxOptions(requestLogPath: path)) { client async throws in
            _ = try await client.get("/balance")
            _ = try await client.post("/service/301/label", #"{"label":"x"}"#)
        }
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let entries = try lines.map { try JSONDecoder().decode(LoggedRequest.self, from: Data($0.utf8)) }
        #expect(entries.map(\.path) == ["/api/balance", "/api/service/301/label"])
        #expect(entries[1].body == #"{"label":"x"}"#)
    }
}
