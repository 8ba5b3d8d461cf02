import Foundation
import NIOSSL
import Testing
@testable import PortalAPI

/// LiveTransport's TLS and proxy paths against an in-process HTTPS server and HTTP proxy on
/// 127.0.0.1, with the throwaway certificates in `Fixtures/tls/`.
@Suite struct TLSTransportTests {
    static let untrusted = TransportError.tls(TransportErrors.untrustedCertificate)

    @Test func trustedCertificateServesAndKeepsTheConnection() async throws {
        try await withTLSServer(certificate: "localhost") { server in
            let transport = try trustingTestCA()
            let base = "https://localhost:\(server.port)"
            let first = try await transport.send(get(base + "/first"), timeout: .seconds(30), maxBytes: 1 << 16)
            #expect(first.status == 200)
            #expect(text(first) == "hello over TLS: /first")
            #expect(transport.pool.idleCount(try RequestTarget(url: base).origin) == 1)
            let second = try await transport.send(get(base + "/second"), timeout: .seconds(30), maxBytes: 1 << 16)
            #expect(text(second) == "hello over TLS: /second")
            #expect(server.acceptedConnections == 1)   // the pooled connection carried the second request
            await transport.shutdown()
        }
    }

    @Test func addressInTheCertificateMatchesAnAddressURL() async throws {
        try await withTLSServer(certificate: "localhost") { server in
            let transport = try trustingTestCA()
            let response = try await transport.send(get("https://127.0.0.1:\(server.port)/by-address"),
                                                    timeout: .seconds(30), maxBytes: 1 << 16)
            #expect(text(response) == "hello over TLS: /by-address")
            await transport.shutdown()
        }
    }

    @Test func certificateFromAnUnknownCAIsRefused() async throws {
        try await withTLSServer(certificate: "stranger") { server in
            for transport in [try trustingTestCA(), LiveTransport()] {
                await #expect(throws: Self.untrusted) {
                    _ = try await transport.send(get("https://localhost:\(server.port)/"), timeout: .seconds(30), maxBytes: 1 << 16)
                }
                await transport.shutdown()
            }
            #expect(server.acceptedConnections == 2)   // it failed in the handshake, not in connecting
        }
    }

    @Test func hostMissingFromTheCertificateIsRefused() async throws {
        try await withTLSServer(certificate: "localhost-name-only") { server in
            let transport = try trustingTestCA()
            await #expect(throws: TransportError.tls(TransportErrors.wrongHostName)) {
                _ = try await transport.send(get("https://127.0.0.1:\(server.port)/"), timeout: .seconds(30), maxBytes: 1 << 16)
            }
            // The same server and trust pass under the name the certificate has: only the host differed.
            let named = try await transport.send(get("https://localhost:\(server.port)/named"), timeout: .seconds(30), maxBytes: 1 << 16)
            #expect(text(named) == "hello over TLS: /named")
            await transport.shutdown()
        }
    }

    @Test(arguments: [nil, "user:s3cret"] as [String?])
    func httpsGoesThroughTheProxyTunnel(credentials: String?) async throws {
        try await withTLSServer(certificate: "localhost") { server in
            try await withProxy { proxy in
                let settings = ProxySettings(host: "127.0.0.1", port: proxy.port, userInfo: credentials)
                let transport = try trustingTestCA(proxy: settings)
                let response = try await transport.send(get("https://localhost:\(server.port)/tunnelled"),
                                                        timeout: .seconds(30), maxBytes: 1 << 16)
                #expect(text(response) == "hello over TLS: /tunnelled")
                await transport.shutdown()

                let heads = proxy.heads
                #expect(heads.count == 1)
                #expect(heads.first?.first == "CONNECT localhost:\(server.port) HTTP/1.1")
                #expect(header("Host", in: heads.first) == "localhost:\(server.port)")
                #expect(header("Proxy-Authorization", in: heads.first) == credentials.map(basic))
            }
        }
    }

    @Test func proxyRefusingTheCredentialsFailsClearly() async throws {
        try await withTLSServer(certificate: "localhost") { server in
            try await withProxy(refusal: 407) { proxy in
                let settings = ProxySettings(host: "127.0.0.1", port: proxy.port, userInfo: "user:wrong")
                let transport = try trustingTestCA(proxy: settings)
                await #expect(throws: TransportError.proxyRefused("the proxy refused its credentials (407)")) {
                    _ = try await transport.send(get("https://localhost:\(server.port)/"), timeout: .seconds(30), maxBytes: 1 << 16)
                }
                await transport.shutdown()
                #expect(header("Proxy-Authorization", in: proxy.heads.first) == basic("user:wrong"))
                #expect(server.acceptedConnections == 0)
            }
        }
    }

    @Test func plainHTTPGoesToTheProxyWithTheAbsoluteURI() async throws {
        try await withProxy { proxy in
            let settings = ProxySettings(host: "127.0.0.1", port: proxy.port, userInfo: "user:s3cret")
            let transport = LiveTransport(proxy: settings)
            let response = try await transport.send(get("http://127.0.0.1:8080/plain?x=1"), timeout: .seconds(30), maxBytes: 1 << 16)
            #expect(response.status == 200)
            #expect(text(response) == "from the proxy")
            await transport.shutdown()

            let heads = proxy.heads
            #expect(heads.count == 1)
            #expect(heads.first?.first == "GET http://127.0.0.1:8080/plain?x=1 HTTP/1.1")
            #expect(header("Host", in: heads.first) == "127.0.0.1:8080")
            #expect(header("Proxy-Authorization", in: heads.first) == basic("user:s3cret"))
        }
    }
}

private func trustingTestCA(proxy: ProxySettings? = nil) throws -> LiveTransport {
    LiveTransport(proxy: proxy, trust: TrustRoots(adding: [.certificates([try TLSFixtures.certificate("ca")])]))
}

private func get(_ url: String) -> HTTPRequest { HTTPRequest(method: .GET, url: url) }

private func text(_ response: HTTPResponse) -> String { String(decoding: response.body, as: UTF8.self) }

private func basic(_ credentials: String) -> String { "Basic " + Data(credentials.utf8).base64EncodedString() }

/// The value of the first `name` line (any case) in a request head's lines.
private func header(_ name: String, in lines: [String]?) -> String? {
    let prefix = name.lowercased() + ":"
    guard let line = lines?.dropFirst().first(where: { $0.lowercased().hasPrefix(prefix) }) else { return nil }
    return line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
}

func withTLSServer(certificate: String, _ body: (TLSTestServer) async throws -> Void) async throws {
    let server = try await TLSTestServer.start(certificate: certificate)
    var failure: (any Error)?
    do { try await body(server) } catch { failure = error }
    await server.stop()
    if let failure { throw failure }
}

private func withProxy(refusal: Int? = nil, _ body: (TestProxy) async throws -> Void) async throws {
    let proxy = try await TestProxy.start(refusal: refusal)
    var failure: (any Error)?
    do { try await body(proxy) } catch { failure = error }
    await proxy.stop()
    if let failure { throw failure }
}
