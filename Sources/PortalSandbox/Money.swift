import Foundation

/// Money is `Decimal` inside the sandbox; it leaves as `"9.99"` (lists) or `9.99` (details).
enum Money {
    static func parse(_ text: String) -> Decimal? {
        Decimal(string: text.trimmingCharacters(in: .whitespaces), locale: Locale(identifier: "en_US_POSIX"))
    }

    static func rounded(_ value: Decimal) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 2, .plain)
        return result
    }

    /// Two decimals, dot separator: `"1390.00"`.
    static func text(_ value: Decimal) -> String {
        let r = rounded(value)
        let cents = NSDecimalNumber(decimal: r * 100).int64Value
        let sign = cents < 0 ? "-" : ""
        let absCents = abs(cents)
        let fraction = absCents % 100
        return "\(sign)\(absCents / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// As a JSON string (list shape).
    static func string(_ value: Decimal) -> JSON { .string(text(value)) }

    /// As a JSON number (detail shape); trailing zeros dropped like PHP floats (`19.5`, `15`).
    static func number(_ value: Decimal) -> JSON {
        var t = text(value)
        while t.contains("."), t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return .number(t)
    }
}

/// A money amount in asset files, written as a string or a number.
struct Amount: Codable, Sendable, Equatable {
    var value: Decimal

    init(_ value: Decimal) { self.value = value }

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self), let d = Money.parse(s) {
            value = d
        } else if let i = try? c.decode(Int.self) {
            value = Decimal(i)
        } else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "expected an amount such as \"9.99\"")
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(Money.text(value))
    }
}
