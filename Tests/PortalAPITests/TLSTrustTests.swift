import Foundation
import NIOSSL
import PortalSandbox
import Testing
@testable import PortalAPI

/// Which CAs verify the server (`TrustRoots`): a `ca_file` added to the store, SSL_CERT_FILE and
/// SSL_CERT_DIR replacing it (as in curl), and a path that cannot be used, named. The sign-in goes
/// through an HTTPS front (`TLSTerminator`) to the sandbox, as through a TLS-inspecting proxy
/// whose CA (`Fixtures/tls/ca.pem`) is in no system store.
@Suite struct TLSTrustTests {
    @Test func signsInThroughAFrontWhoseCAIsOnlyInTheCAFile() async throws {
        let trust = try TrustRoots.load(caFile: try TLSFixtures.file("ca"), environment: [:])
        try await withTLSSandbox(trust: trust) { sandbox, client in
            try await client.login()
            #expect(await client.currentTokens() != nil)
            let services = try await client.services()
            #expect(!services.isEmpty)
            #expect(sandbox.requests("POST", "/login").count == 1)
        }
    }

    @Test func withoutTheCAFileTheSignInFailsSayingWhatToDo() async throws {
        try await withTLSSandbox(trust: .system) { sandbox, client in
            await #expect(throws: APIError.tls(TransportErrors.untrustedCertificate)) { try await client.login() }
            #expect(sandbox.requestLog().isEmpty)   // refused in the handshake: the password never left
        }
        #expect(APIError.tls(TransportErrors.untrustedCertificate).message.contains("set ca_file (--ca-file, PIO_CA_FILE)"))
    }

    @Test func sslCertFileReplacesTheSystemStoreAndTheCAFileAddsToIt() async throws {
        let ca = try TLSFixtures.file("ca"), other = try TLSFixtures.file("stranger")
        let replaced = try TrustRoots.load(caFile: nil, environment: ["SSL_CERT_FILE": ca])
        #expect(tlsConfiguration(replaced).trustRoots == .file(ca))
        #expect(try await fetch(trust: replaced) == "hello over TLS: /trusted")
        // Another bundle in SSL_CERT_FILE: the test CA is not in it, and nothing else counts.
        let elsewhere = try TrustRoots.load(caFile: nil, environment: ["SSL_CERT_FILE": other])
        await #expect(throws: TransportError.tls(TransportErrors.untrustedCertificate)) { _ = try await fetch(trust: elsewhere) }
        // ca_file adds to whichever store is in force.
        let both = try TrustRoots.load(caFile: ca, environment: ["SSL_CERT_FILE": other])
        #expect(try await fetch(trust: both) == "hello over TLS: /trusted")
        #expect(both.summary == "SSL_CERT_FILE \(other) (instead of the system's store) + \(ca) (1 certificate)")
    }

    @Test func sslCertDirIsAHashedFolderAndAListOfThem() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pio-certs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // `openssl x509 -hash -noout -in ca.pem` is 599e8008: the name `c_rehash` gives it.
        try FileManager.default.copyItem(atPath: try TLSFixtures.file("ca"), toPath: folder + "/599e8008.0")
        let empty = folder + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)

        // The first folder is searched by hashed name as the handshake needs it; further ones are read.
        for folders in [folder, empty + ":" + folder] {
            let trust = try TrustRoots.load(caFile: nil, environment: ["SSL_CERT_DIR": folders])
            #expect(tlsConfiguration(trust).trustRoots == .file(String(folders.prefix { $0 != ":" })))
            #expect(try await fetch(trust: trust) == "hello over TLS: /trusted", "SSL_CERT_DIR=\(folders)")
        }
        // SSL_CERT_FILE beside a folder adds its bundle to it.
        let both = try TrustRoots.load(caFile: nil, environment: ["SSL_CERT_DIR": empty, "SSL_CERT_FILE": try TLSFixtures.file("ca")])
        #expect(try await fetch(trust: both) == "hello over TLS: /trusted")
        let emptyOnly = try TrustRoots.load(caFile: nil, environment: ["SSL_CERT_DIR": empty])
        await #expect(throws: TransportError.tls(TransportErrors.untrustedCertificate)) { _ = try await fetch(trust: emptyOnly) }
        #expect(throws: TrustRootsError(origin: "SSL_CERT_DIR", path: folder + "/none", problem: "no such folder")) {
            _ = try TrustRoots.load(caFile: nil, environment: ["SSL_CERT_DIR": folder + ":" + folder + "/none"])
        }
    }

    @Test func aPathThatCannotBeUsedIsNamedWithItsSetting() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pio-ca-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FileManager.default.createFile(atPath: folder + "/garbage.pem", contents: Data("not a certificate\n".utf8))
        let key = try TLSFixtures.file("localhost-key")
        let cases: [(String?, [String: String], TrustRootsError)] = [
            (folder + "/missing.pem", [:], TrustRootsError(origin: "--ca-file", path: folder + "/missing.pem", problem: "no such file")),
            (folder, [:], TrustRootsError(origin: "--ca-file", path: folder, problem: "is a folder, not a file of PEM certificates")),
            (folder + "/garbage.pem", [:], TrustRootsError(origin: "--ca-file", path: folder + "/garbage.pem",
                                                         problem: "holds no valid PEM certificate (-----BEGIN CERTIFICATE-----)")),
            (key, [:], TrustRootsError(origin: "--ca-file", path: key, problem: "holds no valid PEM certificate (-----BEGIN CERTIFICATE-----)")),
            (nil, ["SSL_CERT_FILE": folder + "/gone"], TrustRootsError(origin: "SSL_CERT_FILE", path: folder + "/gone", problem: "no such file")),
            (nil, ["SSL_CERT_DIR": key], TrustRootsError(origin: "SSL_CERT_DIR", path: key, problem: "is not a folder")),
        ]
        for (caFile, environment, expected) in cases {
            #expect(throws: expected) { _ = try TrustRoots.load(caFile: caFile, caFileOrigin: "--ca-file", environment: environment) }
        }
        #expect(cases[0].2.description == "--ca-file: \(folder)/missing.pem: no such file")
    }

    @Test func nothingSetIsTheSystemStoreAlone() throws {
        let trust = try TrustRoots.load(caFile: nil, environment: ["SSL_CERT_FILE": "", "SSL_CERT_DIR": ""])
        let configuration = tlsConfiguration(trust)
        #expect(configuration.trustRoots == .default)
        #expect(configuration.additionalTrustRoots.isEmpty)
        #expect(trust.summary == "the system's store")
    }
}

private func tlsConfiguration(_ trust: TrustRoots) -> TLSConfiguration {
    var configuration = TLSConfiguration.makeClientConfiguration()
    trust.apply(to: &configuration)
    return configuration
}

/// GET /trusted from the fixture server presenting `localhost.pem` (signed by the test CA).
private func fetch(trust: TrustRoots) async throws -> String {
    var body = ""
    try await withTLSServer(certificate: "localhost") { server in
        let transport = LiveTransport(trust: trust)
        do {
            let response = try await transport.send(HTTPRequest(method: .GET, url: "https://localhost:\(server.port)/trusted"),
                                                    timeout: .seconds(30), maxBytes: 1 << 16)
            body = String(decoding: response.body, as: UTF8.self)
        } catch {
            await transport.shutdown()
            throw error
        }
        await transport.shutdown()
    }
    return body
}

/// A sandbox behind an HTTPS front presenting `localhost.pem`, and a live client for it.
private func withTLSSandbox(trust: TrustRoots, _ body: (RunningSandbox, PortalClient) async throws -> Void) async throws {
    let sandbox = try await SandboxServer.start(SandboxOptions())
    var failure: (any Error)?
    do {
        let front = try await TLSTerminator.start(upstreamPort: sandbox.port)
        let configuration = ClientConfiguration(baseURL: "https://localhost:\(front.port)/api", username: "demo@example.com",
                                                password: "demo", auth: .jwt, requestTimeout: .seconds(10), trust: trust)
        do {
            let client = try PortalClient.live(configuration: configuration)
            do { try await body(sandbox, client) } catch { failure = error }
            await client.shutdown()
        } catch { failure = error }
        await front.stop()
    } catch { failure = error }
    await sandbox.stop()
    if let failure { throw failure }
}
