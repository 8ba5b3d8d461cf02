import FoundationEssentials

/// Where a request goes, taken apart from its URL once: the socket address, the `Host` header,
/// the request line's target and the origin that keys reusable connections.
struct RequestTarget: Sendable, Equatable {
    let isTLS: Bool
    /// Without brackets, as the resolver wants it ("::1").
    let host: String
    let port: Int
    /// "host", "host:8443", "[::1]:8080": the Host header and a CONNECT authority.
    let authority: String
    /// Path and query, percent-encoded as sent ("/api/service?status=Active").
    let pathAndQuery: String

    init(url: String) throws(TransportError) {
        guard let c = URLComponents(string: url), let scheme = c.scheme?.lowercased(), scheme == "https" || scheme == "http",
              var host = c.host, !host.isEmpty else {
            throw .connection("not a valid URL")
        }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        isTLS = scheme == "https"
        let defaultPort = isTLS ? 443 : 80
        self.host = host
        port = c.port ?? defaultPort
        let hostPart = host.contains(":") ? "[\(host)]" : host
        authority = port == defaultPort ? hostPart : "\(hostPart):\(port)"
        let path = c.percentEncodedPath.isEmpty ? "/" : c.percentEncodedPath
        pathAndQuery = path + (c.percentEncodedQuery.map { "?" + $0 } ?? "")
    }

    var origin: String { (isTLS ? "https://" : "http://") + authority }

    /// True for an IP literal, which must not be sent as the TLS server name (SNI).
    var hostIsAddress: Bool {
        host.contains(":") || host.split(separator: ".").count == 4 && host.allSatisfy { $0.isNumber || $0 == "." }
    }
}
