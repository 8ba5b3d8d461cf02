import Foundation

/// Money as text, from `Decimal`, never through `Double`.
public enum Money {
    /// "9.99", "-5.00", "1234.50": no grouping, two decimals; with `keepingPrecision` more decimals
    /// stay when the amount has them ("0.125"), for scripts that must not lose a digit.
    public static func format(_ amount: Decimal, keepingPrecision: Bool = false) -> String {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, keepingPrecision ? max(2, -amount.exponent) : 2, .plain)
        let text = NSDecimalNumber(decimal: rounded).description(withLocale: Locale(identifier: "en_US_POSIX"))
        guard let dot = text.firstIndex(of: ".") else { return text + ".00" }
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        return decimals >= 2 ? text : text + String(repeating: "0", count: 2 - decimals)
    }
}
