import Foundation
import NIOSSL

/// The throwaway certificates in `Fixtures/tls/` (`make-fixtures.sh` there says how they were made).
enum TLSFixtures {
    struct Missing: Error { let name: String }

    static func certificate(_ name: String) throws -> NIOSSLCertificate {
        guard let certificate = try NIOSSLCertificate.fromPEMFile(file(name)).first else { throw Missing(name: name) }
        return certificate
    }

    static func privateKey(for name: String) throws -> NIOSSLPrivateKey {
        try NIOSSLPrivateKey(file: file(name + "-key"), format: .pem)
    }

    /// A server's TLS context presenting the certificate `name` with its key.
    static func serverContext(presenting name: String) throws -> NIOSSLContext {
        try NIOSSLContext(configuration: TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(try certificate(name))], privateKey: .privateKey(try privateKey(for: name))))
    }

    /// The path of `name`.pem.
    static func file(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "pem", subdirectory: "tls")
            ?? Bundle.module.url(forResource: name, withExtension: "pem") else { throw Missing(name: name) }
        return url.path
    }
}
