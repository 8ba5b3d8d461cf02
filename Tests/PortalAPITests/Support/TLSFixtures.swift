import Foundation
import NIOSSL

/// The throwaway certificates in `Fixtures/tls/` (`make-fixtures.sh` there says how they were made).
enum TLSFixtures {
    struct Missing: Error { let name: String }

    static func certificate(_ name: String) throws -> NIOSSLCertificate {
        guard let certificate = try NIOSSLCertificate.fromPEMFile(path(name)).first else { throw Missing(name: name) }
        return certificate
    }

    static func privateKey(for name: String) throws -> NIOSSLPrivateKey {
        try NIOSSLPrivateKey(file: path(name + "-key"), format: .pem)
    }

    private static func path(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "pem", subdirectory: "tls")
            ?? Bundle.module.url(forResource: name, withExtension: "pem") else { throw Missing(name: name) }
        return url.path
    }
}
