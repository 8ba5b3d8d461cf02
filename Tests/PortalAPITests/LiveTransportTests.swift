import Foundation
import PortalSandbox
import Testing
@testable import PortalAPI

/// The swift-nio transport: caps, connection failures, keep-alive, proxies.
@Suite struct LiveTransportTests {
    @Test func responsesOverTheCapAreRefused() async throws {
        let sandbox = try await SandboxServer.start(SandboxOptions(dataset: .large(services: 400, invoices: 10)))
        let config = ClientConfiguration(baseURL: sandbox.baseURL, username: "demo@example.com", password: "demo",
                                         auth: .basic, maxResponseBytes: 4096)
        let client = try PortalClient.live(configuration: config)
        await #expect(throws: APIError.responseTooLarge(limit: 4096)) { try await client.services() }
        let balance = try? await client.balance()     // small answers still pass
        #expect(balance?.currency == "USD")
        await client.shutdown()
        await sandbox.stop()
    }

    @Test func aCompressedAnswerThatInflatesTooFarIsRefused() async throws {
        // 230 bytes of gzip that inflate to 200,000 zeros: over the 50× ratio long before the cap.
        let bomb = [UInt8](Data(base64Encoded: "H4sIAMUgEWsC/+3BMQEAAADCoErrn84M/kABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAK8BlH0jNkANAwA=")!)
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
            + "Content-Length: \(bomb.count)\r\nConnection: close\r\n\r\n"
        let server = try await CannedHTTPServer.start(answer: Array(head.utf8) + bomb)
        let transport = LiveTransport()
        await #expect(throws: TransportError.tooLarge(limit: 1 << 20)) {
            _ = try await transport.send(HTTPRequest(method: .GET, url: "http://127.0.0.1:\(server.port)/api/balance"),
                                         timeout: .seconds(30), maxBytes: 1 << 20)
        }
        await transport.shutdown()
        await server.stop()
    }

    @Test func closedPortIsOffline() async throws {
        let config = ClientConfiguration(baseURL: "http://127.0.0.1:1/api", username: "u", password: "p", auth: .basic,
                                         connectTimeout: .seconds(60), retryBaseDelay: .milliseconds(1))
        let client = try PortalClient.live(configuration: config)
        var caught: APIError?
        let start = ContinuousClock.now
        do { _ = try await client.balance() } catch let e as APIError { caught = e }
        let elapsed = ContinuousClock.now - start
        await client.shutdown()
        #expect(elapsed < .seconds(45))   // 3 quick refusals, not 3 connect timeouts of 60 s (room for a loaded machine)
        #expect(caught?.isNetworkFailure == true)
        if case .offline = caught {} else { Issue.record("expected .offline, got \(String(describing: caught))") }
    }

    @Test func oneConnectionCarriesARunOfRequests() async throws {
        let sandbox = try await SandboxServer.start(SandboxOptions())
        let transport = LiveTransport()
        let target = try RequestTarget(url: sandbox.baseURL)
        let auth = ["authorization": "Basic " + Data("demo@example.com:demo".utf8).base64EncodedString()]
        for _ in 0..<3 {
            let r = try await transport.send(HTTPRequest(method: .GET, url: sandbox.baseURL + "/balance", headers: auth),
                                             timeout: .seconds(30), maxBytes: 1 << 20)
            #expect(r.status == 200)
            #expect(transport.pool.idleCount(target.origin) == 1)   // handed back and taken again, never a second one
        }
        await transport.shutdown()
        #expect(transport.pool.idleCount(target.origin) == 0)
        await #expect(throws: TransportError.cancelled) {
            _ = try await transport.send(HTTPRequest(method: .GET, url: sandbox.baseURL + "/balance"), timeout: .seconds(5), maxBytes: 1024)
        }
        await sandbox.stop()
    }

    @Test func forgettingShutdownDoesNotCrash() async throws {
        for _ in 0..<3 {
            let client = try PortalClient.live(configuration: ClientConfiguration(baseURL: "http://127.0.0.1:1/api", username: "u", password: "p"))
            _ = await client.usesBasicAuth()
        }
        try await Task.sleep(for: .milliseconds(200))   // the background shutdowns finish; a debug assert would kill the run
    }
}
