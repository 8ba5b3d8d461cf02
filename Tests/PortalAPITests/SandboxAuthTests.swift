import Foundation
import PortalSandbox
import Testing
@testable import PortalAPI

/// Login, logout, refresh, revoke and the auth modes against pio-sandbox.
@Suite struct SandboxAuthTests {
    @Test func jwtLoginRefreshLogoutRevoke() async throws {
        try await withSandbox(SandboxOptions(auth: .jwt)) { (sandbox: RunningSandbox, client: PortalClient) async throws in
            try await client.login()
            let first = try #require(await client.currentTokens())
            #expect(first.expiry != nil && first.refresh != nil)
            try await client.refresh()
            let second = try #require(await client.currentTokens())
            #expect(second.access != first.access && second.refresh == first.refresh)
            #expect(try await client.services().count > 0)
            #expect(sandbox.requests("GET", "/service").last?.authScheme == "bearer")
            let m = try await client.logout()
            #expect(m.contains(key: "logout_success"))
            #expect(await client.currentTokens() == nil)
            try await client.login()
            let r = try await client.revoke()
            #expect(r.contains(key: "token_revoked"))
            #expect(await client.currentTokens() == nil)
            let login = try #require(sandbox.requests("POST", "/login").first?.body)
            #expect(!login.contains("\"demo\""))    // the sandbox masks the password; it was in the body, not the URL
            #expect(sandbox.requestLog().allSatisfy { !$0.path.contains("demo") })
        }
    }

    @Test(arguments: [AuthMode.jwt, .basic, .auto])
    func wrongPassword(_ mode: AuthMode) async throws {
        try await withSandbox(SandboxOptions(auth: .both), auth: mode, password: "nope") { (_: RunningSandbox, client: PortalClient) async throws in
            await #expect(throws: APIError.wrongCredentials) { try await client.login() }
            await #expect(throws: APIError.wrongCredentials) { try await client.services() }
        }
    }

    @Test func autoFallsBackToBasicWhenJWTIsDisabled() async throws {
        try await withSandbox(SandboxOptions(auth: .basic), auth: .auto) { (sandbox: RunningSandbox, client: PortalClient) async throws in
            #expect(try await client.services().count > 0)
            #expect(await client.usesBasicAuth())
            #expect(sandbox.requests("POST", "/login").count == 1)
            #expect(sandbox.requests("GET", "/service").last?.authScheme == "basic")
        }
    }

    @Test func tokenExpiryMidRunRefreshesOnce() async throws {
        // A lifetime of 6 s (whole seconds in `exp`, so 5–6 s) leaves a loaded machine seconds, not
        // tenths, between the login and the first request before the refresh-ahead margin begins.
        try await withSandbox(SandboxOptions(tokenTTL: 6, auth: .jwt)) { (sandbox: RunningSandbox, client: PortalClient) async throws in
            #expect(try await client.services().count > 0)
            try await Task.sleep(for: .milliseconds(6600))
            #expect(try await client.balance().currency == "USD")
            #expect(sandbox.requests("POST", "/token").count == 1)
            #expect(sandbox.requests("POST", "/login").count == 1)
        }
    }

    @Test func failedRefreshIsSessionExpired() async throws {
        try await withSandbox(SandboxOptions(tokenTTL: 1, auth: .jwt)) { (sandbox: RunningSandbox, client: PortalClient) async throws in
            try await client.login()
            let tokens = try #require(await client.currentTokens())
            await client.restore(tokens: SessionTokens(access: tokens.access, refresh: "not-a-refresh-token"))
            try await Task.sleep(for: .milliseconds(1300))   // expired, whatever the load: only later is tested
            await #expect(throws: APIError.sessionExpired) { try await client.services() }
            #expect(sandbox.requests("POST", "/token").count == 1)
        }
    }

    @Test func tenConcurrentRequestsHitting401ShareOneRefresh() async throws {
        try await withSandbox(SandboxOptions(auth: .jwt)) { (sandbox: RunningSandbox, client: PortalClient) async throws in
            try await client.login()
            // Another client with the same tokens logs out: the server drops the access token,
            // so every request of `client` now gets 401 while its refresh token stays valid.
            let tokens = try #require(await client.currentTokens())
            let other = try PortalClient.live(configuration: client.configuration)
            await other.restore(tokens: tokens)
            do { try await other.logout() } catch { await other.shutdown(); throw error }
            await other.shutdown()

            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<10 { group.addTask { try await client.services().count } }
                for try await n in group { #expect(n > 0) }
            }
            #expect(sandbox.requests("POST", "/token").count == 1)
            #expect(sandbox.requests("GET", "/service").filter { $0.status == 401 }.count >= 1)
            #expect(await client.refreshCount() == 1)
        }
    }
}
