import FoundationEssentials

/// The proxy from `https_proxy` / `HTTPS_PROXY` (or `http_proxy` for a plain-http URL), unless
/// `no_proxy` / `NO_PROXY` lists the host. Loopback hosts never use a proxy.
public struct ProxySettings: Sendable, Equatable {
    public let host: String
    public let port: Int
    /// "user:password" from the proxy URL, sent as Proxy-Authorization; never logged.
    let userInfo: String?

    /// The `Proxy-Authorization` value for `userInfo`.
    var authorization: String? {
        userInfo.map { "Basic " + Data($0.utf8).base64EncodedString() }
    }

    static func fromEnvironment(for endpoint: Endpoint,
                                environment: [String: String] = ProcessInfo.processInfo.environment) -> ProxySettings? {
        if Endpoint.isLoopback(endpoint.host) { return nil }
        let names = endpoint.scheme == "https" ? ["https_proxy", "HTTPS_PROXY"] : ["http_proxy", "HTTP_PROXY"]
        guard let raw = names.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }) else { return nil }
        let noProxy = environment["no_proxy"] ?? environment["NO_PROXY"] ?? ""
        if bypasses(host: endpoint.host, noProxy: noProxy) { return nil }
        return parse(raw)
    }

    static func bypasses(host: String, noProxy: String) -> Bool {
        let h = host.lowercased()
        for entry in noProxy.split(separator: ",").map({ $0.trimmingWhitespace().lowercased() }) where !entry.isEmpty {
            if entry == "*" { return true }
            let bare = entry.split(separator: ":").first.map(String.init) ?? entry
            let suffix = bare.hasPrefix(".") ? String(bare.dropFirst()) : bare
            if h == suffix || h.hasSuffix("." + suffix) { return true }
        }
        return false
    }

    static func parse(_ raw: String) -> ProxySettings? {
        let text = raw.contains("://") ? raw : "http://" + raw
        guard let c = URLComponents(string: text), let host = c.host, !host.isEmpty else { return nil }
        let userInfo = c.user.map { u in u + ":" + (c.password ?? "") }
        return ProxySettings(host: host, port: c.port ?? (c.scheme == "https" ? 443 : 80), userInfo: userInfo)
    }
}
