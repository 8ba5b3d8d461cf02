import Foundation
import PortalSandbox
import Synchronization
import Testing
@testable import PortalAPI

/// A session restored from storage: used without `/login`, refreshed silently, and every change
/// of the tokens reported to the observer (which pio mirrors into the session file).
@Suite struct RestoredSessionTests {
    /// Tokens from a login by another client (as a stored session would hold them).
    static func storedTokens(_ sandbox: RunningSandbox) async throws -> SessionTokens {
        let other = try PortalClient.live(configuration: ClientConfiguration(
            baseURL: sandbox.baseURL, username: "demo@example.com", password: "demo", auth: .jwt))
        do { try await other.login() } catch { await other.shutdown(); throw error }
        let tokens = await other.currentTokens()
        await other.shutdown()
        return try #require(tokens)
    }

    @Test func aRestoredSessionNeedsNoLogin() async throws {
        try await withSandbox(SandboxOptions(auth: .jwt), password: "") { (sandbox: RunningSandbox, client: PortalClient) async throws in
            let stored = try await Self.storedTokens(sandbox)
            await client.restore(tokens: stored)
            try await client.signInIfNeeded()
            async let services = client.services()
            async let balance = client.balance()
            #expect(try await services.count > 0)
            #expect(try await balance.currency == "USD")
            #expect(sandbox.requests("POST", "/login").count == 1)   // the earlier login only
            #expect(sandbox.requests("POST", "/token").isEmpty)
        }
    }

    @Test func aRefreshAheadOfExpiryIsReportedToTheObserver() async throws {
        try await withSandbox(SandboxOptions(auth: .jwt)) { (sandbox: RunningSandbox, client: PortalClient) async throws in
            let stored = try await Self.storedTokens(sandbox)
            let seen = Mutex<[SessionTokens?]>([])
            // Stored long ago and about to expire: the first request refreshes first.
            await client.restore(tokens: SessionTokens(access: stored.access, refresh: stored.refresh,
                                                       expiry: Date().addingTimeInterval(5), received: Date().addingTimeInterval(-3600)))
            await client.observeTokens { tokens in seen.withLock { $0.append(tokens) } }
            #expect(try await client.services().count > 0)
            let reported = seen.withLock { $0 }
            #expect(reported.count == 1)
            let fresh = try #require(reported.first ?? nil)
            #expect(fresh.access != stored.access)
            #expect(fresh.refresh == stored.refresh)
            #expect(sandbox.requests("POST", "/token").count == 1)
            #expect(sandbox.requests("POST", "/login").count == 1)
        }
    }

    @Test func aRefusedRefreshReportsTheEndOfTheSession() async throws {
        try await withSandbox(SandboxOptions(auth: .jwt, faults: [.fail(route: "POST /token", status: 401, rate: 1)]),
                              password: "") { (sandbox: RunningSandbox, client: PortalClient) async throws in
            let stored = try await Self.storedTokens(sandbox)
            let seen = Mutex<[SessionTokens?]>([])
            await client.restore(tokens: SessionTokens(access: stored.access, refresh: stored.refresh, expiry: Date(),
                                                       received: Date().addingTimeInterval(-3600)))
            await client.observeTokens { tokens in seen.withLock { $0.append(tokens) } }
            await #expect(throws: APIError.sessionExpired) { try await client.services() }
            #expect(seen.withLock { $0 } == [nil])
            #expect(await client.currentTokens() == nil)
        }
    }

    @Test func revokeEndsTheSessionOnTheServer() async throws {
        try await withSandbox(SandboxOptions(auth: .jwt)) { (sandbox: RunningSandbox, client: PortalClient) async throws in
            let stored = try await Self.storedTokens(sandbox)
            await client.restore(tokens: stored)
            try await client.revoke()
            #expect(sandbox.requests("POST", "/revoke").last?.status == 200)
            // The revoked tokens no longer work, not even to refresh.
            await client.restore(tokens: stored)
            await #expect(throws: APIError.sessionExpired) { try await client.services() }
        }
    }
}
