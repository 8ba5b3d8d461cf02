import Foundation
import Testing
@testable import PortalAPI

@Suite struct TransportPolicyTests {
    @Test func getRetriedAtMostTwiceOn503() async throws {
        let t = FakeTransport { _, _ in json("{}", status: 503) }
        let client = try PortalClient(configuration: testConfig(.basic), transport: t)
        await #expect(throws: APIError.httpStatus(503, ServerMessages([]))) { try await client.services() }
        #expect(t.requests.count == 3)
    }

    @Test func getRetriedOnConnectionErrorThenSucceeds() async throws {
        let t = FakeTransport { _, i in
            if i == 0 { throw TransportError.connection("connection reset") }
            return json(servicesOK)
        }
        let client = try PortalClient(configuration: testConfig(.basic), transport: t)
        #expect(try await client.services().count == 1)
        #expect(t.requests.count == 2)
    }

    @Test func postNeverRetried() async throws {
        for failure in [TransportError.connection("reset"), .timedOut] {
            let t = FakeTransport { _, _ in throw failure }
            let client = try PortalClient(configuration: testConfig(.basic), transport: t)
            await #expect(throws: APIError.self) { try await client.cancel(serviceID: "1", immediate: false, reason: "x") }
            #expect(t.requests.count == 1)
        }
        let t = FakeTransport { _, _ in json("{}", status: 503) }
        let client = try PortalClient(configuration: testConfig(.basic), transport: t)
        await #expect(throws: APIError.httpStatus(503, ServerMessages([]))) { try await client.order(productID: "1", OrderRequest(cycle: "m")) }
        #expect(t.requests.count == 1)
    }

    @Test func aProxyRefusalIsNotRetriedEvenForGet() async throws {
        let t = FakeTransport { _, _ in throw TransportError.proxyRefused("the proxy refused its credentials (407)") }
        let client = try PortalClient(configuration: testConfig(.basic), transport: t)
        await #expect(throws: APIError.offline("the proxy refused its credentials (407)")) { try await client.balance() }
        #expect(t.requests.count == 1)
    }

    @Test func timeoutIsNotRetriedEvenForGet() async throws {
        let t = FakeTransport { _, _ in throw TransportError.timedOut }
        let client = try PortalClient(configuration: testConfig(.basic), transport: t)
        await #expect(throws: APIError.timedOut) { try await client.balance() }
        #expect(t.requests.count == 1)
    }

    @Test func retryAfterHonouredUpToTheCap() async throws {
        let t = FakeTransport { _, i in i == 0 ? json("{}", status: 429, headers: ["retry-after": "1"]) : json(servicesOK) }
        let client = try PortalClient(configuration: testConfig(.basic), transport: t)
        let start = ContinuousClock.now
        _ = try await client.services()
        #expect(ContinuousClock.now - start >= .milliseconds(950))
        #expect(t.requests.count == 2)

        let t2 = FakeTransport { _, _ in json("{}", status: 429, headers: ["retry-after": "120"]) }
        let client2 = try PortalClient(configuration: testConfig(.basic), transport: t2)
        await #expect(throws: APIError.rateLimited(retryAfter: 120)) { try await client2.services() }
        #expect(t2.requests.count == 1)
    }

    @Test func sameOriginRedirectsKeepAuthorizationAnotherOriginIsRefused() async throws {
        let t = FakeTransport { req, i in
            switch i {
            case 0: return HTTPResponse(status: 302, headers: ["location": "/api/service2"])
            case 1: return HTTPResponse(status: 307, headers: ["location": "http://localhost:8/api/elsewhere"])
            default: return json(servicesOK)
            }
        }
        let client = try PortalClient(configuration: testConfig(.basic), transport: t)
        await #expect(throws: APIError.self) { try await client.services() }
        let r = t.requests
        #expect(r.count == 2)   // the redirect to another origin is not followed (CredentialRedirectTests)
        #expect(r[1].url == "http://127.0.0.1:9/api/service2" && r[1].headers["authorization"] != nil)
    }

    @Test func redirectToPlainHTTPElsewhereRefused() async throws {
        let t = FakeTransport { _, _ in HTTPResponse(status: 301, headers: ["location": "http://evil.example/api"]) }
        let client = try PortalClient(configuration: testConfig(.basic), transport: t)
        await #expect(throws: APIError.self) { try await client.services() }
        #expect(t.requests.count == 1)
    }

    @Test(arguments: ["http://portal.example.com/api", "ftp://x/api", "not a url", "https://user:pw@portal.example.com/api"])
    func insecureOrBadURLsRejected(_ url: String) {
        let config = ClientConfiguration(baseURL: url, username: "u", password: "p")
        #expect(throws: APIError.self) { try PortalClient(configuration: config, transport: FakeTransport { _, _ in json("{}") }) }
    }

    @Test(arguments: ["https://portal.example.com/api", "http://127.0.0.1:8080/api", "http://localhost/api/", "http://[::1]:9/api"])
    func httpsOrLoopbackAccepted(_ url: String) throws {
        let config = ClientConfiguration(baseURL: url, username: "u", password: "p")
        _ = try PortalClient(configuration: config, transport: FakeTransport { _, _ in json("{}") })
    }

    @Test func paginatedListsAreFollowed() async throws {
        let t = FakeTransport { req, _ in
            let page = req.url.contains("page=") ? String(req.url.split(separator: "=").last ?? "") : "1"
            return json("{\"invoices\": [{\"id\": \"\(page)\"}], \"page\": {\"current\": \(page), \"total\": 3}}")
        }
        let client = try PortalClient(configuration: testConfig(.basic), transport: t)
        #expect(try await client.invoices().map(\.id) == ["1", "2", "3"])
    }

    @Test func idsArePercentEncodedIntoOneSegment() async throws {
        let t = FakeTransport { _, _ in json(#"{"service": {"id": "1"}}"#) }
        let client = try PortalClient(configuration: testConfig(.basic), transport: t)
        _ = try await client.service(id: "1/../../x?y")
        #expect(t.requests[0].url == "http://127.0.0.1:9/api/service/1%2F..%2F..%2Fx%3Fy")
    }

    @Test func proxyFromEnvironment() throws {
        let e = try Endpoint("https://portal.example.com/api")
        #expect(ProxySettings.fromEnvironment(for: e, environment: ["HTTPS_PROXY": "http://proxy:3128"]) == ProxySettings(host: "proxy", port: 3128, userInfo: nil))
        #expect(ProxySettings.fromEnvironment(for: e, environment: ["https_proxy": "proxy:3128", "no_proxy": "localhost,.example.com"]) == nil)
        #expect(ProxySettings.fromEnvironment(for: try Endpoint("http://127.0.0.1:1/api"), environment: ["http_proxy": "proxy:1"]) == nil)
        #expect(ProxySettings.fromEnvironment(for: e, environment: [:]) == nil)
    }
}
