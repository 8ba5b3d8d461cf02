/// The 20 operations of the User API, matched on method and path segments (`:x` captures one segment).
struct Route: Sendable {
    enum Access: Sendable { case open, signedIn }

    let method: String
    let pattern: [String]
    let access: Access
    let handle: @Sendable (inout SandboxState, SandboxCall) -> Reply

    init(_ method: String, _ path: String, _ access: Access = .signedIn,
         _ handle: @escaping @Sendable (inout SandboxState, SandboxCall) -> Reply) {
        self.method = method
        self.pattern = path.split(separator: "/").map(String.init)
        self.access = access
        self.handle = handle
    }

    /// The captured segments when this route matches.
    func match(method: String, segments: [String]) -> [String]? {
        guard method == self.method, segments.count == pattern.count else { return nil }
        var captures: [String] = []
        for (p, s) in zip(pattern, segments) {
            if p.hasPrefix(":") { captures.append(s) } else if p != s { return nil }
        }
        return captures
    }
}

enum RouteTable {
    static let all: [Route] = AuthRoutes.routes + BillingRoutes.routes + ServiceRoutes.routes
        + UpgradeRoutes.routes + CatalogueRoutes.routes + OrderRoutes.routes

    static func find(method: String, segments: [String]) -> (Route, [String])? {
        for route in all {
            if let captures = route.match(method: method, segments: segments) { return (route, captures) }
        }
        return nil
    }
}
