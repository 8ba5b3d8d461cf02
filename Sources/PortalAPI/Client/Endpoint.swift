import FoundationEssentials

/// The validated API root: https, or plain http only to a loopback host.
struct Endpoint: Sendable, Equatable {
    let scheme: String
    let host: String
    let port: Int?
    /// Path of the API root without a trailing slash, e.g. "/api".
    let basePath: String

    init(_ text: String) throws {
        let trimmed = text.trimmingWhitespace()
        guard let c = URLComponents(string: trimmed), let scheme = c.scheme?.lowercased(),
              let host = c.host, !host.isEmpty else {
            throw APIError.invalidURL("The server URL is not valid; it should look like https://portal.example.com/api.")
        }
        guard c.user == nil && c.password == nil else {
            throw APIError.invalidURL("Put credentials in --user and PIO_PASSWORD, not in the URL.")
        }
        guard scheme == "https" || (scheme == "http" && Endpoint.isLoopback(host)) else {
            throw APIError.invalidURL("The server URL must use https (plain http is allowed only to this machine: localhost, 127.0.0.1 or ::1).")
        }
        self.scheme = scheme
        self.host = host.lowercased()
        self.port = c.port
        var path = c.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        self.basePath = path
    }

    /// Only what cannot leave the machine: `localhost` itself, `::1` (bracketed or not) and a
    /// dotted-quad IPv4 literal in 127.0.0.0/8 written plainly (four decimal parts, no leading zeros).
    /// Names that merely look local (`127.attacker.example`, `foo.localhost`, `0177.0.0.1`) do not count:
    /// plain http to them would send the password in clear to whatever they resolve to.
    static func isLoopback(_ host: String) -> Bool {
        var h = host.lowercased()
        if h.hasPrefix("[") && h.hasSuffix("]") { h = String(h.dropFirst().dropLast()) }
        if h == "localhost" || h == "::1" { return true }
        let parts = h.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy { $0 >= "0" && $0 <= "9" }
                && (part == "0" || part.first != "0") && Int(part).map { $0 <= 255 } == true
        }
    }

    var origin: String {
        let defaultPort = scheme == "https" ? 443 : 80
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(hostPart)" + (port.map { $0 == defaultPort ? "" : ":\($0)" } ?? "")
    }

    /// The full URL for an API path such as "/service/301", with a query string for GET filters.
    func url(_ path: String, query: [(String, String)] = []) -> String {
        var s = origin + basePath + (path.hasPrefix("/") ? path : "/" + path)
        if !query.isEmpty {
            s += "?" + query.map { "\(Endpoint.encode($0.0))=\(Endpoint.encode($0.1))" }.joined(separator: "&")
        }
        return s
    }

    /// A path segment from a caller-supplied id: percent-encoded so it cannot change the route.
    static func segment(_ id: String) -> String { encode(id) }

    static func encode(_ s: String) -> String {
        s.percentEncodedForQuery
    }

    /// Scheme, host and port of an absolute URL, to compare origins across redirects.
    static func origin(of url: String) -> String? {
        guard let c = URLComponents(string: url), let scheme = c.scheme?.lowercased(), let host = c.host?.lowercased() else { return nil }
        let defaultPort = scheme == "https" ? 443 : 80
        return "\(scheme)://\(host):\(c.port ?? defaultPort)"
    }
}
