import Foundation
import PortalSandbox
import Testing

@Suite struct FaultTests {
    @Test func failAlwaysAnswersTheStatusOnMatchingRoutesOnly() async throws {
        try await withSandbox(SandboxOptions(faults: [.fail(route: "GET /service", status: 503, rate: 1)])) { client async throws in
            #expect(try await client.get("/service").status == 503)
            #expect(try await client.get("/service/301").status == 200)
            #expect(try await client.post("/service/301/label", #"{"label":"x"}"#).status == 200)
        }
    }

    @Test func spareLetsTheFirstMatchingRequestsOfEachRuleThrough() async throws {
        let options = SandboxOptions(faults: [.fail(route: "GET /service", status: 500, rate: 1),
                                              .malformed(route: "GET /invoice")], spare: 1)
        try await withSandbox(options) { client async throws in
            #expect(try await client.get("/balance").status == 200)      // matches no rule, counts for none
            #expect(try await client.get("/service").status == 200)
            #expect(try await client.get("/invoice").text.hasSuffix("}"))
            #expect(try await client.get("/service").status == 500)
            #expect(try await client.get("/service").status == 500)
            #expect(try await client.get("/invoice").text.hasSuffix("}") == false)
        }
    }

    @Test func failRateFailsAboutThatShare() async throws {
        try await withSandbox(SandboxOptions(faults: [.fail(route: "/balance", status: 500, rate: 0.5)])) { client async throws in
            var failures = 0
            for _ in 0..<60 where try await client.get("/balance").status == 500 { failures += 1 }
            #expect((15...45).contains(failures))
        }
    }

    @Test func wildcardRouteMatchesAnyId() async throws {
        try await withSandbox(SandboxOptions(faults: [.fail(route: "GET /invoice/*", status: 502, rate: 1)])) { client async throws in
            #expect(try await client.get("/invoice/309010").status == 502)
            #expect(try await client.get("/invoice").status == 200)
        }
    }

    @Test func malformedSendsTruncatedJSON() async throws {
        try await withSandbox(SandboxOptions(faults: [.malformed(route: "/service")])) { client async throws in
            let r = try await client.get("/service")
            #expect(r.status == 200)
            #expect(r.text.hasPrefix("{\"services\""))
            #expect((try? JSONSerialization.jsonObject(with: Data(r.text.utf8))) == nil)
        }
    }

    @Test func hangNeverAnswersAndStopStillReturns() async throws {
        let client = try await SandboxTestClient.start(SandboxOptions(faults: [.hang(route: "GET /balance")]))
        let started = ContinuousClock.now
        await #expect(throws: (any Error).self) {
            _ = try await client.request(.GET, "/balance", auth: SandboxTestClient.basicDemo, timeout: .milliseconds(700))
        }
        #expect(ContinuousClock.now - started >= .milliseconds(600))
        for _ in 0..<200 where client.sandbox.requestLog().isEmpty {   // on a loaded machine the hung request may be logged late
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(client.sandbox.requestLog().last?.status == 0)
        await client.stop()
        #expect(ContinuousClock.now - started < .seconds(60))   // a stop that waited for the hang would never return
    }

    @Test func resetAfterCommitDoesTheWorkThenDropsTheConnection() async throws {
        try await withSandbox(SandboxOptions(faults: [.resetAfterCommit(route: "POST /service/*/label")])) { client async throws in
            await #expect(throws: (any Error).self) {
                _ = try await client.post("/service/301/label", #"{"label":"committed"}"#)
            }
            #expect(try await client.get("/service/301/label").json["label"] as? String == "committed")
        }
    }

    @Test func rateLimitAnswers429WithRetryAfter() async throws {
        try await withSandbox(SandboxOptions(rateLimit: 3)) { client async throws in
            var statuses: [Int] = []
            var retryAfter: String?
            // The limit counts per whole second; however slow a loaded machine makes the loop, no
            // window may let more than 3 through, and 40 quick requests meet a full window.
            let first = Int(Date().timeIntervalSince1970)
            for _ in 0..<40 where retryAfter == nil || statuses.count < 10 {
                let r = try await client.get("/balance")
                statuses.append(r.status)
                if r.status == 429 { retryAfter = r.header("Retry-After") }
            }
            let windows = Int(Date().timeIntervalSince1970) - first + 1
            #expect(statuses.filter { $0 == 200 }.count <= 3 * windows)
            #expect(statuses.contains(429))
            #expect(retryAfter == "1")
        }
    }

    @Test func latencyDelaysEveryAnswer() async throws {
        try await withSandbox(SandboxOptions(latencyMs: 300)) { client async throws in
            let started = ContinuousClock.now
            _ = try await client.get("/balance")
            #expect(ContinuousClock.now - started >= .milliseconds(290))
        }
    }

    @Test func jitterAddsAVaryingDelay() async throws {
        try await withSandbox(SandboxOptions(jitterMs: 300)) { client async throws in
            var durations: [Duration] = []
            for _ in 0..<6 {
                let started = ContinuousClock.now
                _ = try await client.get("/balance")
                durations.append(ContinuousClock.now - started)
            }
            let total = durations.reduce(Duration.zero, +)
            #expect(total >= .milliseconds(300))
            #expect(durations.max()! - durations.min()! >= .milliseconds(20))
        }
    }

    @Test func faultRoutesAndFailSpecsParse() {
        #expect(SandboxFault.parseFail("GET /service:503:0.5") == .fail(route: "GET /service", status: 503, rate: 0.5))
        #expect(SandboxFault.parseFail("/order/*:500") == .fail(route: "/order/*", status: 500, rate: 1))
        #expect(SandboxFault.parseFail("/service") == nil)
        #expect(SandboxFault.parseFail("service:503") == nil)
        #expect(SandboxFault.parseFail("/service:999") == nil)
        #expect(SandboxFault.isValidRoute("POST /order/*"))
        #expect(!SandboxFault.isValidRoute("POST order"))
    }

    @Test func badRoutePatternFailsToStart() async throws {
        await #expect(throws: (any Error).self) {
            _ = try await SandboxServer.start(SandboxOptions(faults: [.hang(route: "nonsense")]))
        }
    }
}
