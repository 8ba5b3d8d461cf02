import FoundationEssentials
import NIOSSL

/// The CA certificates that verify a server's chain. The base store is the system's, unless
/// `SSL_CERT_FILE` (a PEM bundle) or `SSL_CERT_DIR` (hashed folders, `:`-separated) name one: then
/// those replace it, as in OpenSSL and curl. The `ca_file` setting's certificates (a TLS-inspecting
/// proxy's CA, say) are added to whichever base is in force. Host-name checks are unchanged.
public struct TrustRoots: Sendable {
    /// The base store: the system's, or SSL_CERT_FILE's bundle or SSL_CERT_DIR's first folder.
    let roots: NIOSSLTrustRoots
    /// Added to it: the `ca_file`'s certificates, SSL_CERT_FILE beside a folder, the entries of
    /// further folders (NIOSSL searches one folder by hashed name). Files are read by NIOSSL with
    /// the system store, on the first https connection, not at start.
    let additional: [NIOSSLAdditionalTrustRoots]
    /// One line for `pio config` and the debug log.
    public let summary: String

    init(roots: NIOSSLTrustRoots = .default, adding additional: [NIOSSLAdditionalTrustRoots] = [],
         summary: String = "the system's store") {
        self.roots = roots
        self.additional = additional
        self.summary = summary
    }

    /// The system's store alone.
    public static let system = TrustRoots()

    /// Checks every file and folder named, so a wrong path fails here, naming it, before any
    /// connection. `caFile` is the `ca_file` setting; `caFileOrigin` names where it was set.
    public static func load(caFile: String?, caFileOrigin: String = "ca_file",
                            environment: [String: String]) throws(TrustRootsError) -> TrustRoots {
        var roots = NIOSSLTrustRoots.default
        var additional: [NIOSSLAdditionalTrustRoots] = []
        var summary = "the system's store"
        let file = environment["SSL_CERT_FILE"].flatMap { $0.isEmpty ? nil : $0 }
        let folders = (environment["SSL_CERT_DIR"] ?? "").split(separator: ":").map(String.init)
        if file != nil || !folders.isEmpty {
            var named: [String] = []
            for folder in folders { try checkFolder(folder) }
            if let file {
                try checkBundle(file)
                if folders.isEmpty { roots = .file(file) } else { additional.append(.file(file)) }
                named.append("SSL_CERT_FILE " + file)
            }
            if let first = folders.first { roots = .file(first) }
            for folder in folders.dropFirst() { additional += hashedEntries(in: folder).map { .file($0) } }
            named += folders.map { "SSL_CERT_DIR " + $0 }
            summary = named.joined(separator: ", ") + " (instead of the system's store)"
        }
        if let caFile {
            let added = try certificates(in: caFile, origin: caFileOrigin)
            additional.append(.certificates(added))
            summary += " + " + caFile + described(added.count)
        }
        return TrustRoots(roots: roots, adding: additional, summary: summary)
    }

    /// NIOSSL's form.
    func apply(to configuration: inout TLSConfiguration) {
        configuration.trustRoots = roots
        configuration.additionalTrustRoots = additional
    }

    static func described(_ count: Int) -> String {
        count == 1 ? " (1 certificate)" : " (\(count) certificates)"
    }

    /// The bytes of a readable file, or why not.
    static func contents(of path: String, origin: String) throws(TrustRootsError) -> Data {
        func fail(_ problem: String) -> TrustRootsError { TrustRootsError(origin: origin, path: path, problem: problem) }
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw fail("no such file") }
        guard !isDirectory else { throw fail("is a folder, not a file of PEM certificates") }
        guard let data = FileManager.default.contents(atPath: path) else { throw fail("cannot be read (permissions?)") }
        return data
    }

    static let noCertificate = "holds no valid PEM certificate (-----BEGIN CERTIFICATE-----)"

    /// The PEM certificates in the file at `path`, parsed; at least one.
    static func certificates(in path: String, origin: String) throws(TrustRootsError) -> [NIOSSLCertificate] {
        let data = try contents(of: path, origin: origin)
        guard let certificates = try? NIOSSLCertificate.fromPEMBytes(Array(data)), !certificates.isEmpty else {
            throw TrustRootsError(origin: origin, path: path, problem: noCertificate)
        }
        return certificates
    }

    /// SSL_CERT_FILE's bundle is only checked for a first certificate here: a system bundle holds
    /// over a hundred, which NIOSSL reads on the first https connection, as it reads the system's.
    static func checkBundle(_ path: String) throws(TrustRootsError) {
        let data = try contents(of: path, origin: "SSL_CERT_FILE")
        let marker = Array("-----BEGIN CERTIFICATE-----".utf8)
        let found = data.withUnsafeBytes { bytes in
            var start = 0
            while start + marker.count <= bytes.count {   // a marker begins a line
                if bytes[start] == marker[0], marker.indices.allSatisfy({ bytes[start + $0] == marker[$0] }) { return true }
                while start < bytes.count, bytes[start] != 10 { start += 1 }
                start += 1
            }
            return false
        }
        guard found else { throw TrustRootsError(origin: "SSL_CERT_FILE", path: path, problem: noCertificate) }
    }

    static func checkFolder(_ path: String) throws(TrustRootsError) {
        func fail(_ problem: String) -> TrustRootsError { TrustRootsError(origin: "SSL_CERT_DIR", path: path, problem: problem) }
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw fail("no such folder") }
        guard isDirectory else { throw fail("is not a folder") }
        guard FileManager.default.isReadableFile(atPath: path) else { throw fail("cannot be read (permissions?)") }
    }

    /// A folder's entries under `c_rehash` names (`599e8008.0`), where a search by hashed name would look.
    static func hashedEntries(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().filter(isHashedName).map { folder + "/" + $0 }
    }

    static func isHashedName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 8 && parts[0].allSatisfy(\.isHexDigit)
            && !parts[1].isEmpty && parts[1].allSatisfy(\.isNumber)
    }
}

/// A CA file or folder that cannot be used: `origin` is the setting that named it
/// (`SSL_CERT_FILE`, `--ca-file`, `config.yaml:4: profiles.work.ca_file`).
public struct TrustRootsError: Error, Equatable, CustomStringConvertible {
    public var origin: String
    public var path: String
    public var problem: String

    public var description: String { origin + ": " + path + ": " + problem }
}
