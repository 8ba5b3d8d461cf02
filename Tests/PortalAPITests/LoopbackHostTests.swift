import Foundation
import Testing
@testable import PortalAPI

/// Plain http is allowed only to addresses that cannot leave the machine: names that look local
/// would carry the password in clear to whatever they resolve to.
@Suite struct LoopbackHostTests {
    static let lookAlikes = ["127.attacker.example", "foo.localhost", "localhost.attacker.example", "0177.0.0.1",
                             "127.0.0.1.nip.io", "127.1", "127.0.0.256", "127.0.0.01", "0x7f.0.0.1", "127.0.0.1.",
                             "localhost.", "128.0.0.1", "::ffff:127.0.0.1", "[::2]", "2130706433"]
    static let loopbacks = ["127.0.0.1", "127.8.9.10", "127.255.255.255", "localhost", "LocalHost", "::1", "[::1]"]

    @Test(arguments: lookAlikes)
    func aNameThatLooksLocalIsNotLoopback(_ host: String) {
        #expect(!Endpoint.isLoopback(host))
    }

    @Test(arguments: loopbacks)
    func literalLoopbackAddressesAndLocalhostAre(_ host: String) {
        #expect(Endpoint.isLoopback(host))
    }

    @Test(arguments: ["http://127.attacker.example/api", "http://foo.localhost:8080/api", "http://localhost.attacker.example/api",
                      "http://0177.0.0.1/api", "http://127.0.0.1.nip.io/api"])
    func plainHTTPToALookAlikeIsRefused(_ url: String) {
        let config = ClientConfiguration(baseURL: url, username: "u", password: "p")
        #expect(throws: APIError.invalidURL("The server URL must use https (plain http is allowed only to this machine: localhost, 127.0.0.1 or ::1).")) {
            try PortalClient(configuration: config, transport: FakeTransport { _, _ in json("{}") })
        }
    }

    @Test(arguments: ["http://127.0.0.1:8080/api", "http://127.3.2.1/api", "http://localhost/api", "http://[::1]:9/api"])
    func plainHTTPToLoopbackIsAccepted(_ url: String) throws {
        let config = ClientConfiguration(baseURL: url, username: "u", password: "p")
        _ = try PortalClient(configuration: config, transport: FakeTransport { _, _ in json("{}") })
    }

    /// The redirect check uses the same rule, even for a request without credentials.
    @Test func aRedirectToPlainHTTPOnALookAlikeIsRefused() async throws {
        let t = FakeTransport { _, _ in HTTPResponse(status: 302, headers: ["location": "http://127.attacker.example/api/x"]) }
        let client = try PortalClient(configuration: testConfig(.basic), transport: t)
        await #expect(throws: APIError.invalidURL("The server redirected to an insecure address; refusing to follow.")) {
            _ = try await client.followingRedirects(HTTPRequest(method: .GET, url: "http://127.0.0.1:9/api/x"))
        }
        #expect(t.requests.count == 1)

        let local = FakeTransport { _, i in i == 0 ? HTTPResponse(status: 302, headers: ["location": "http://127.0.0.2:9/api/x"]) : json("{}") }
        let other = try PortalClient(configuration: testConfig(.basic), transport: local)
        _ = try await other.followingRedirects(HTTPRequest(method: .GET, url: "http://127.0.0.1:9/api/x"))
        #expect(local.requests.map(\.url) == ["http://127.0.0.1:9/api/x", "http://127.0.0.2:9/api/x"])
    }
}
