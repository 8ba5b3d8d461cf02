import Foundation
import PortalSandbox
import Testing
@testable import PortalAPI

/// `auth: auto` falls back to HTTP Basic (the password then goes with every request) only on the
/// answers that mean token sign-in is off or broken on the install, never on a transient failure:
/// those are retried like a read and reported when they persist. The fallback is told once.
@Suite struct BasicFallbackTests {
    static let balanceOK = #"{"details": {"currency": "EUR", "acc_balance": "1.00", "acc_credit": "0"}}"#
    static let basic = "Basic " + Data("demo@example.com:demo".utf8).base64EncodedString()

    /// A /login answer and why it means token sign-in is off.
    struct Off: Sendable, CustomTestStringConvertible {
        let status: Int
        let body: String
        let reason: String
        var testDescription: String { "HTTP \(status) \(body)" }
    }

    static let off: [Off] = [
        Off(status: 200, body: #"{"error": ["internal_error_0"]}"#, reason: "/login answered internal_error_0"),
        Off(status: 400, body: #"{"error": ["internal_error_0"]}"#, reason: "/login answered HTTP 400 internal_error_0"),
        Off(status: 404, body: "{}", reason: "/login answered HTTP 404 (not found)"),
        Off(status: 405, body: "", reason: "/login answered HTTP 405 (method not allowed)"),
        Off(status: 501, body: "{}", reason: "/login answered HTTP 501 (not implemented)"),
        Off(status: 200, body: #"{"success": true}"#, reason: "/login answered without a token"),
    ]

    @Test(arguments: off)
    func fallsBackWhenTokenSignInIsOff(_ answer: Off) async throws {
        let t = FakeTransport { req, _ in
            req.url.hasSuffix("/login") ? json(answer.body, status: answer.status) : json(Self.balanceOK)
        }
        let client = try PortalClient(configuration: testConfig(.auto), transport: t)
        try await client.login()
        #expect(await client.usesBasicAuth())
        #expect(t.paths(containing: "/login").count == 1)
        #expect(t.requests.last?.headers["authorization"] == Self.basic)
        let notice = "Token sign-in is not available on this server (\(answer.reason)): pio uses HTTP Basic, "
            + "which sends the password with every request."
        #expect(await client.takeBasicAuthNotice() == notice)
        #expect(await client.takeBasicAuthNotice() == nil)   // said once
    }

    /// A /login answer that may pass (or that is no sign of token sign-in being off), and how many
    /// times /login is asked in all.
    struct NoFallback: Sendable, CustomTestStringConvertible {
        let name: String
        let attempts: Int
        let error: APIError
        let answer: @Sendable () throws -> HTTPResponse
        var testDescription: String { name }
    }

    static let noFallback: [NoFallback] = [
        NoFallback(name: "HTTP 500", attempts: 1, error: .httpStatus(500, ServerMessages([]))) { json("{}", status: 500) },
        NoFallback(name: "HTTP 500 internal_error_0", attempts: 1,
                  error: .httpStatus(500, ServerMessages(["internal_error_0"]))) { json(#"{"error": ["internal_error_0"]}"#, status: 500) },
        NoFallback(name: "HTTP 502", attempts: 3, error: .httpStatus(502, ServerMessages([]))) { json("{}", status: 502) },
        NoFallback(name: "HTTP 503", attempts: 3, error: .httpStatus(503, ServerMessages([]))) { json("{}", status: 503) },
        NoFallback(name: "HTTP 504", attempts: 3, error: .httpStatus(504, ServerMessages([]))) { json("{}", status: 504) },
        NoFallback(name: "HTTP 429", attempts: 3, error: .rateLimited(retryAfter: 0)) { json("{}", status: 429, headers: ["retry-after": "0"]) },
        NoFallback(name: "connection reset", attempts: 3, error: .offline("connection reset")) { throw TransportError.connection("connection reset") },
        NoFallback(name: "timeout", attempts: 1, error: .timedOut) { throw TransportError.timedOut },
        NoFallback(name: "not JSON", attempts: 1, error: .unreadableResponse("the server's answer is not valid JSON")) { json("<html>", status: 200) },
        NoFallback(name: "wrong password", attempts: 1, error: .wrongCredentials) { json(#"{"error": ["wronglogin"]}"#) },
    ]

    @Test(arguments: noFallback)
    func neverFallsBackOnAFailureThatMayPass(_ answer: NoFallback) async throws {
        let t = FakeTransport { req, _ in req.url.hasSuffix("/login") ? try answer.answer() : json(Self.balanceOK) }
        let client = try PortalClient(configuration: testConfig(.auto), transport: t)
        await #expect(throws: answer.error) { try await client.login() }
        #expect(!(await client.usesBasicAuth()))
        #expect(t.paths(containing: "/login").count == answer.attempts)
        #expect(t.requests.allSatisfy { $0.headers["authorization"] == nil })
        #expect(await client.takeBasicAuthNotice() == nil)
    }

    @Test func aTransientFailureThatPassesSignsInWithATokenAfterAll() async throws {
        let t = FakeTransport { req, i in
            guard req.url.hasSuffix("/login") else { return json(Self.balanceOK) }
            return i == 0 ? json("{}", status: 503) : json(loginOK)
        }
        let client = try PortalClient(configuration: testConfig(.auto), transport: t)
        try await client.login()
        #expect(!(await client.usesBasicAuth()))
        #expect(await client.currentTokens()?.access == "T1")
    }

    /// Over real HTTP: a sandbox whose /login always answers 503 (JWT and Basic both on).
    @Test func aSandboxAnswering503ToLoginIsReportedNotWorkedAround() async throws {
        let options = SandboxOptions(auth: .both, faults: [.fail(route: "POST /login", status: 503, rate: 1)])
        try await withSandbox(options, auth: .auto) { (sandbox: RunningSandbox, client: PortalClient) async throws in
            await #expect(throws: APIError.self) { try await client.login() }
            #expect(!(await client.usesBasicAuth()))
            #expect(sandbox.requests("POST", "/login").count == 3)   // retried like a read
            #expect(sandbox.requestLog().allSatisfy { $0.authScheme != "basic" })
        }
    }

    /// A configured `jwt` never falls back, whatever /login answers.
    @Test func jwtModeNeverFallsBack() async throws {
        let t = FakeTransport { _, _ in json(#"{"error": ["internal_error_0"]}"#) }
        let client = try PortalClient(configuration: testConfig(.jwt), transport: t)
        await #expect(throws: APIError.server(ServerMessages(["internal_error_0"]))) { try await client.login() }
        #expect(!(await client.usesBasicAuth()))
    }
}
