/// A route pattern for faults: optional method, then a path whose `*` segments match any one segment.
struct RoutePattern: Sendable, Equatable {
    let method: String?
    let segments: [String]

    /// Accepts `GET /service`, `/service/*/cancel`, `POST /api/order/*`; nil when there is no path.
    init?(_ text: String) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        let pathPart: Substring
        switch parts.count {
        case 1: method = nil; pathPart = parts[0]
        case 2: method = parts[0].uppercased(); pathPart = parts[1]
        default: return nil
        }
        guard pathPart.hasPrefix("/") else { return nil }
        var segs = pathPart.split(separator: "/").map(String.init)
        if segs.first == "api" { segs.removeFirst() }
        segments = segs
    }

    /// `path` is relative to `/api` and already split into segments.
    func matches(method: String, segments path: [String]) -> Bool {
        if let m = self.method, m != method.uppercased() { return false }
        guard path.count == segments.count else { return false }
        return zip(segments, path).allSatisfy { $0 == "*" || $0 == $1 }
    }
}

extension SandboxFault {
    /// Parses the CLI form `ROUTE:STATUS[:RATE]`, e.g. `GET /service:503:0.5`.
    public static func parseFail(_ text: String) -> SandboxFault? {
        var parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var rate = 1.0
        if parts.count >= 3, let r = Double(parts[parts.count - 1]), (0...1).contains(r),
           Int(parts[parts.count - 2]) != nil {
            rate = r
            parts.removeLast()
        }
        guard parts.count >= 2, let status = Int(parts[parts.count - 1]), (100...599).contains(status) else { return nil }
        let route = parts.dropLast().joined(separator: ":")
        guard RoutePattern(route) != nil else { return nil }
        return .fail(route: route, status: status, rate: rate)
    }

    /// True when the route text is a valid pattern (used by the CLI to reject typos early).
    public static func isValidRoute(_ text: String) -> Bool { RoutePattern(text) != nil }
}
