import Foundation
import PortalSandbox
import Testing
@testable import PortalAPI

/// The transport policy against real faults.
@Suite struct SandboxTransportTests {
    @Test func postThatTimesOutIsNotRetried() async throws {
        let options = SandboxOptions(faults: [.hang(route: "POST /service/*/cancel")])
        try await withSandbox(options, auth: .basic, requestTimeout: .seconds(1)) { (sandbox: RunningSandbox, client: PortalClient) async throws in
            await #expect(throws: APIError.timedOut) { try await client.cancel(serviceID: "301", immediate: true, reason: "x") }
            try await Task.sleep(for: .milliseconds(300))
            #expect(sandbox.requests("POST", "/service/301/cancel").count == 1)
        }
    }

    @Test func postResetAfterCommitIsNotRetried() async throws {
        let options = SandboxOptions(faults: [.resetAfterCommit(route: "POST /order/*")])
        try await withSandbox(options, auth: .basic) { (sandbox: RunningSandbox, client: PortalClient) async throws in
            await #expect(throws: APIError.self) { try await client.order(productID: "333", OrderRequest(cycle: "m", domain: "x.example")) }
            #expect(sandbox.requests("POST", "/order/333").count == 1)
        }
    }

    @Test func getRetriedTwiceOn503() async throws {
        let options = SandboxOptions(faults: [.fail(route: "GET /service", status: 503, rate: 1)])
        try await withSandbox(options, auth: .basic) { (sandbox: RunningSandbox, client: PortalClient) async throws in
            await #expect(throws: APIError.self) { try await client.services() }
            #expect(sandbox.requests("GET", "/service").count == 3)
        }
    }

    @Test func malformedAnswerIsUnreadable() async throws {
        let options = SandboxOptions(faults: [.malformed(route: "GET /balance")])
        try await withSandbox(options, auth: .basic) { (_: RunningSandbox, client: PortalClient) async throws in
            await #expect(throws: APIError.unreadableResponse("the server's answer is not valid JSON")) { try await client.balance() }
        }
    }

    @Test func rateLimitIsRetriedPolitely() async throws {
        try await withSandbox(SandboxOptions(rateLimit: 3), auth: .basic) { (sandbox: RunningSandbox, client: PortalClient) async throws in
            // Until one second has seen more than 3 (a loaded machine may spread the first ones out);
            // every call still succeeds because the client waits out Retry-After and tries again.
            for _ in 0..<300 where !sandbox.requestLog().contains(where: { $0.status == 429 }) {
                _ = try await client.balance()
            }
            #expect(sandbox.requestLog().contains { $0.status == 429 })
        }
    }

    @Test func cancellingTheTaskEndsAHangingRequest() async throws {
        let options = SandboxOptions(faults: [.hang(route: "GET /service")])
        try await withSandbox(options, auth: .basic, requestTimeout: .seconds(20)) { (_: RunningSandbox, client: PortalClient) async throws in
            let task = Task { try await client.services() }
            try await Task.sleep(for: .milliseconds(200))
            let start = ContinuousClock.now
            task.cancel()
            let outcome = await task.result
            #expect(ContinuousClock.now - start < .seconds(10))   // well before the 20 s request timeout
            #expect(throws: APIError.cancelled) { try outcome.get() }
        }
    }
}
