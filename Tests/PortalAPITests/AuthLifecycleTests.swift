import Foundation
import Testing
@testable import PortalAPI


@Suite struct AuthLifecycleTests {
    @Test func jwtLoginSendsCredentialsInTheBodyAndUsesBearer() async throws {
        let t = FakeTransport { req, _ in req.url.hasSuffix("/login") ? json(loginOK) : json(servicesOK) }
        let client = try PortalClient(configuration: testConfig(.jwt), transport: t)
        let services = try await client.services()
        #expect(services.map(\.id) == ["301"])
        let reqs = t.requests
        #expect(reqs.count == 2)
        #expect(reqs[0].method == .POST && reqs[0].url == "http://127.0.0.1:9/api/login")
        #expect(reqs[0].headers["content-type"] == "application/json")
        let body = try JSONValue.parse(reqs[0].body ?? Data())
        #expect(body["username"].string == "demo@example.com" && body["password"].string == "demo")
        #expect(reqs[0].headers["authorization"] == nil)
        #expect(reqs[1].headers["authorization"] == "Bearer T1")
        for r in reqs { #expect(!r.url.contains("demo") && !r.url.contains("T1")) }
    }

    @Test func wrongCredentialsWith200() async throws {
        let t = FakeTransport { _, _ in json(#"{"error": ["wronglogin"]}"#) }
        let client = try PortalClient(configuration: testConfig(.auto), transport: t)
        await #expect(throws: APIError.wrongCredentials) { try await client.login() }
        #expect(t.requests.count == 1)
    }

    @Test func autoFallsBackToBasicWhenLoginIsBroken() async throws {
        let t = FakeTransport { req, _ in
            req.url.hasSuffix("/login") ? json(#"{"error": ["internal_error_0"]}"#)
                                        : json(#"{"details": {"currency": "EUR", "acc_balance": "1.00", "acc_credit": "0"}}"#)
        }
        let client = try PortalClient(configuration: testConfig(.auto), transport: t)
        try await client.login()
        #expect(await client.usesBasicAuth())
        let b = try await client.balance()
        #expect(b.currency == "EUR")
        let expected = "Basic " + Data("demo@example.com:demo".utf8).base64EncodedString()
        #expect(t.requests.last?.headers["authorization"] == expected)
    }

    @Test func basicModeNeverCallsLogin() async throws {
        let t = FakeTransport { _, _ in json(servicesOK) }
        let client = try PortalClient(configuration: testConfig(.basic), transport: t)
        _ = try await client.services()
        #expect(t.paths(containing: "/login").isEmpty)
        #expect(t.requests.first?.headers["authorization"]?.hasPrefix("Basic ") == true)
    }

    @Test func refreshesAheadOfExp() async throws {
        let soon = fakeJWT(exp: Date().addingTimeInterval(5))
        let later = fakeJWT(exp: Date().addingTimeInterval(3600), tag: "b")
        let t = FakeTransport { req, _ in
            if req.url.hasSuffix("/login") { return json("{\"token\": \"\(soon)\", \"refresh\": \"R1\"}") }
            if req.url.hasSuffix("/token") { return json("{\"token\": \"\(later)\"}") }
            return json(servicesOK)
        }
        let client = try PortalClient(configuration: testConfig(.jwt), transport: t)
        // Issued an hour ago, expiring in 5 s: inside the 30 s margin.
        await client.restore(tokens: SessionTokens(access: soon, refresh: "R1", received: Date().addingTimeInterval(-3600)))
        _ = try await client.services()
        _ = try await client.services()
        #expect(t.paths(containing: "/login").isEmpty)
        #expect(t.paths(containing: "/token").count == 1)
        let tokenBody = try JSONValue.parse(t.paths(containing: "/token")[0].body ?? Data())
        #expect(tokenBody["refresh_token"].string == "R1")
        #expect(t.paths(containing: "/service").allSatisfy { $0.headers["authorization"] == "Bearer " + later })
        #expect(await client.currentTokens()?.refresh == "R1")   // kept when /token returns none
    }

    @Test func on401RefreshesOnceAndRetries() async throws {
        let t = FakeTransport { req, _ in
            if req.url.hasSuffix("/login") { return json(loginOK) }
            if req.url.hasSuffix("/token") { return json(#"{"token": "T2", "refresh": "R2"}"#) }
            return req.headers["authorization"] == "Bearer T2" ? json(servicesOK) : json("{}", status: 401)
        }
        let client = try PortalClient(configuration: testConfig(.jwt), transport: t)
        #expect(try await client.services().count == 1)
        #expect(t.paths(containing: "/token").count == 1)
        #expect(await client.currentTokens()?.refresh == "R2")
    }

    @Test func failedRefreshIsSessionExpired() async throws {
        let t = FakeTransport { req, _ in
            if req.url.hasSuffix("/login") { return json(loginOK) }
            if req.url.hasSuffix("/token") { return json(#"{"error": ["invalid_refresh_token"]}"#) }
            return json("{}", status: 401)
        }
        let client = try PortalClient(configuration: testConfig(.jwt), transport: t)
        await #expect(throws: APIError.sessionExpired) { try await client.services() }
        #expect(t.paths(containing: "/token").count == 1)
        #expect(await client.currentTokens() == nil)
    }

    @Test func tenConcurrent401sShareOneRefresh() async throws {
        let t = FakeTransport { req, _ in
            if req.url.hasSuffix("/login") { return json(loginOK) }
            if req.url.hasSuffix("/token") {
                try await Task.sleep(for: .milliseconds(50))
                return json(#"{"token": "T2"}"#)
            }
            try await Task.sleep(for: .milliseconds(5))
            return req.headers["authorization"] == "Bearer T2" ? json(servicesOK) : json("{}", status: 401)
        }
        let client = try PortalClient(configuration: testConfig(.jwt), transport: t)
        try await client.login()
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<10 { group.addTask { try await client.services().count } }
            for try await n in group { #expect(n == 1) }
        }
        #expect(t.paths(containing: "/token").count == 1)
        #expect(t.paths(containing: "/login").count == 1)
    }

    @Test func logoutAndRevokeClearTheSession() async throws {
        let t = FakeTransport { req, _ in req.url.hasSuffix("/login") ? json(loginOK) : json(#"{"info": ["ok"]}"#) }
        let client = try PortalClient(configuration: testConfig(.jwt), transport: t)
        try await client.login()
        try await client.revoke()
        #expect(await client.currentTokens() == nil)
        let revokeBody = try JSONValue.parse(t.paths(containing: "/revoke")[0].body ?? Data())
        #expect(revokeBody["refresh_token"].string == "R1")
        try await client.login()
        try await client.logout()
        #expect(await client.currentTokens() == nil)
        #expect(t.paths(containing: "/logout").count == 1)
    }
}
