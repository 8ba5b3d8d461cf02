import Foundation
import PortalAPI

/// What a command prints: the same data as a table for people and as JSON for scripts.
struct ScriptOutput: Sendable {
    let json: JSONValue
    let table: String
}

extension JSONValue {
    /// Pretty JSON with sorted keys and a final newline.
    var prettyText: String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? e.encode(self) else { return "null\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func text(_ t: SafeText) -> JSONValue { .string(t.value) }
    static func money(_ d: Decimal?) -> JSONValue { d.map { .number($0) } ?? .null }
    static func date(_ d: APIDate?) -> JSONValue { d.map { .string($0.description) } ?? .null }
    static func optionalText(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
}

enum Format {
    /// "19.65", "6.00", "-3.10": two decimals at least, never through Double.
    static func money(_ d: Decimal) -> String {
        var value = d, rounded = Decimal()
        NSDecimalRound(&rounded, &value, max(2, -d.exponent), .plain)
        let text = NSDecimalNumber(decimal: rounded).description(withLocale: Locale(identifier: "en_US_POSIX"))
        guard let dot = text.firstIndex(of: ".") else { return text + ".00" }
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        return decimals >= 2 ? text : text + String(repeating: "0", count: 2 - decimals)
    }

    static func date(_ d: APIDate?) -> String { d?.description ?? "-" }
    static func text(_ t: SafeText) -> String { t.isEmpty ? "-" : t.value }
}
