import Foundation
import PortalSandbox
import Testing
@testable import PortalAPI

/// A redirect of a request that carries credentials (the sign-in's password, a refresh token, an
/// `Authorization` header) to another origin is refused, not followed: a 307/308 would re-send the
/// body, password included. Over real HTTP: an in-process server answers every request with the
/// redirect, to a sandbox on another port whose request log must stay empty.
@Suite struct CredentialRedirectTests {
    /// Runs `body` with a client whose base URL is a server redirecting everything to the sandbox.
    func withRedirect(_ status: Int, auth: AuthMode = .jwt,
                      _ body: (PortalClient, RunningSandbox) async throws -> Void) async throws {
        let sandbox = try await SandboxServer.start(SandboxOptions())
        let reason = status == 307 ? "Temporary Redirect" : status == 308 ? "Permanent Redirect" : "Moved"
        let answer = "HTTP/1.1 \(status) \(reason)\r\nLocation: \(sandbox.baseURL)/login\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        let redirector = try await CannedHTTPServer.start(answer: Array(answer.utf8))
        let config = ClientConfiguration(baseURL: "http://127.0.0.1:\(redirector.port)/api", username: "demo@example.com",
                                         password: "demo", auth: auth, retryBaseDelay: .milliseconds(1))
        let client = try PortalClient.live(configuration: config)
        var failure: (any Error)?
        do { try await body(client, sandbox) } catch { failure = error }
        await client.shutdown()
        await redirector.stop()
        await sandbox.stop()
        if let failure { throw failure }
    }

    func refused(_ what: String, to sandbox: RunningSandbox) -> APIError {
        .invalidURL("The server redirected \(what) to another address (http://127.0.0.1:\(sandbox.port)); pio does not send "
                    + "credentials there. Check the server URL (scheme, host and port) with the portal's operator.")
    }

    @Test(arguments: [307, 308])
    func theSignInIsNotSentToAnotherOrigin(_ status: Int) async throws {
        try await withRedirect(status) { client, sandbox in
            await #expect(throws: refused("the sign-in", to: sandbox)) { try await client.login() }
            #expect(sandbox.requestLog().isEmpty)
        }
    }

    @Test func theSignInOfAutoNeitherFallsBackNorFollows() async throws {
        try await withRedirect(307, auth: .auto) { client, sandbox in
            await #expect(throws: refused("the sign-in", to: sandbox)) { try await client.login() }
            #expect(!(await client.usesBasicAuth()))
            #expect(sandbox.requestLog().isEmpty)
        }
    }

    @Test func aRefreshTokenIsNotSentToAnotherOrigin() async throws {
        try await withRedirect(308) { client, sandbox in
            await client.restore(tokens: SessionTokens(access: "A1", refresh: "R1"))
            await #expect(throws: APIError.self) { try await client.refresh() }
            #expect(sandbox.requestLog().isEmpty)
        }
    }

    @Test func aRevocationIsNotSentToAnotherOrigin() async throws {
        try await withRedirect(307) { client, sandbox in
            await client.restore(tokens: SessionTokens(access: "A1", refresh: "R1"))
            await #expect(throws: refused("a request carrying your credentials", to: sandbox)) { try await client.revoke() }
            #expect(sandbox.requestLog().isEmpty)
        }
    }

    @Test(arguments: [301, 307])
    func basicAuthIsNotSentToAnotherOrigin(_ status: Int) async throws {
        try await withRedirect(status, auth: .basic) { client, sandbox in
            await #expect(throws: refused("a request carrying your credentials", to: sandbox)) { try await client.balance() }
            #expect(sandbox.requestLog().isEmpty)
        }
    }

    /// On the same origin the sign-in follows a 307 with its body, as before.
    @Test func aSameOriginRedirectOfTheSignInIsFollowed() async throws {
        let t = FakeTransport { req, i in i == 0 ? HTTPResponse(status: 307, headers: ["location": "/api/v2/login"]) : json(loginOK) }
        let client = try PortalClient(configuration: testConfig(.jwt), transport: t)
        try await client.login()
        #expect(t.requests.map(\.url) == ["http://127.0.0.1:9/api/login", "http://127.0.0.1:9/api/v2/login"])
        #expect(t.requests[1].method == .POST && t.requests[1].body == t.requests[0].body)
        #expect(await client.currentTokens()?.access == "T1")
    }
}
