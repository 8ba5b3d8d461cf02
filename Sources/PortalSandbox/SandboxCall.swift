import Foundation

/// One parsed API request as the route handlers see it.
struct SandboxCall: Sendable {
    let method: String
    /// Path segments after `/api`.
    let segments: [String]
    /// Query parameters merged with the body (JSON or form); the body wins.
    let params: JSON
    let credentials: Credentials
    let now: Date
    let tokenTTL: Int
    let auth: SandboxAuth
    /// Values of the `:name` segments of the matched route, in order.
    var captures: [String] = []

    subscript(param name: String) -> JSON? { params[name] }

    func text(_ name: String) -> String? { params[name]?.text }

    var id: String { captures.first ?? "" }
    var today: String { SandboxClock.day(from: now) }
}

/// What the request carried in `Authorization`.
enum Credentials: Sendable, Equatable {
    case none
    case bearer(String)
    case basic(user: String, password: String)
    case malformed

    var scheme: String {
        switch self {
        case .none, .malformed: return "none"
        case .bearer: return "bearer"
        case .basic: return "basic"
        }
    }

    init(header: String?) {
        guard let header, !header.isEmpty else { self = .none; return }
        let parts = header.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { self = .malformed; return }
        switch parts[0].lowercased() {
        case "bearer": self = .bearer(parts[1].trimmingCharacters(in: .whitespaces))
        case "basic":
            guard let data = Data(base64Encoded: parts[1].trimmingCharacters(in: .whitespaces)),
                  let decoded = String(data: data, encoding: .utf8), let colon = decoded.firstIndex(of: ":") else {
                self = .malformed; return
            }
            self = .basic(user: String(decoded[..<colon]), password: String(decoded[decoded.index(after: colon)...]))
        default: self = .malformed
        }
    }
}

/// A handler's answer: HTTP status, JSON body, extra headers.
struct Reply: Sendable {
    var status: Int
    var body: JSON
    var headers: [(String, String)] = []

    static func ok(_ body: JSON) -> Reply { Reply(status: 200, body: body) }

    /// HostBill's business error: HTTP 200 with an `error` array.
    static func error(_ keys: String...) -> Reply { Reply(status: 200, body: ["error": .array(keys.map(JSON.string))]) }

    static func errors(_ messages: [String]) -> Reply { Reply(status: 200, body: ["error": .array(messages.map(JSON.string))]) }

    static func http(_ status: Int, _ key: String) -> Reply { Reply(status: status, body: ["error": [.string(key)]]) }

    /// `{"success": true, "info": [key], …extra}`.
    static func success(_ info: String, _ extra: [JSON.Field] = []) -> Reply {
        ok(.object([.init(key: "success", value: true), .init(key: "info", value: [.string(info)])] + extra))
    }
}
