import FoundationEssentials
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
    /// The locale tables are written in (set by `ScriptRunner` from the settings).
    @TaskLocal static var locale: MoneyLocale = .en

    /// An amount as people read it, through `Money.text` ("9.99 USD", "9,99 €"; bare without a currency).
    static func money(_ d: Decimal, _ currency: String = "") -> String { Money.text(d, currency: currency, locale: locale) }

    /// The day, as the portal's panes show it ("2026-11-20"; JSON keeps the time the server sent).
    static func date(_ d: APIDate?) -> String { d?.dateString ?? "-" }
    static func text(_ t: SafeText) -> String { t.isEmpty ? "-" : t.value }
}
