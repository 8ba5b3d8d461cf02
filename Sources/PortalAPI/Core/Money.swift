import FoundationEssentials

/// Money as text, from `Decimal`, never through `Double`.
public enum Money {
    /// "9.99", "-5.00", "1234.50": no grouping, two decimals; with `keepingPrecision` more decimals
    /// stay when the amount has them ("0.125"), for scripts that must not lose a digit.
    public static func format(_ amount: Decimal, keepingPrecision: Bool = false) -> String {
        format(amount, decimals: 2, keepingPrecision: keepingPrecision)
    }

    /// The amount in its currency's decimals ("1200" for JPY, "6.99" for USD, "1.250" for KWD),
    /// keeping any further digits the server sent ("0.125" USD), so nothing it says is rounded away.
    public static func format(_ amount: Decimal, currency: String) -> String {
        format(amount, decimals: decimals(currency: currency), keepingPrecision: true)
    }

    /// Decimals a currency is written with (ISO 4217 minor units): 0 for JPY, KRW and the other
    /// zero-decimal currencies, 3 for BHD, JOD, KWD, OMR, TND, IQD, LYD, 2 for everything else.
    public static func decimals(currency: String) -> Int {
        // Servers send "USD": only other spellings are normalised (this runs for every amount drawn).
        let plain = currency.utf8.count == 3 && currency.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        let code = plain ? currency : currency.trimmingWhitespace().uppercased()
        if zeroDecimal.contains(code) { return 0 }
        if threeDecimal.contains(code) { return 3 }
        return 2
    }

    static let zeroDecimal: Set<String> = ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
                                           "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"]
    static let threeDecimal: Set<String> = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]

    /// Rounds to `decimals` (or keeps the amount's own digits, trailing zeros beyond `decimals` dropped),
    /// then pads with zeros to `decimals`.
    static func format(_ amount: Decimal, decimals: Int, keepingPrecision: Bool) -> String {
        let rounded = amount.roundedPlain(places: keepingPrecision ? max(decimals, -amount.exponent) : decimals)
        var text = rounded.description   // plain digits and "." whatever the locale
        guard let dot = text.firstIndex(of: ".") else {
            return decimals == 0 ? text : text + "." + String(repeating: "0", count: decimals)
        }
        var have = text.distance(from: dot, to: text.endIndex) - 1
        while have > decimals && text.hasSuffix("0") { text.removeLast(); have -= 1 }
        if have == 0 { text.removeLast(); return text }
        return have >= decimals ? text : text + String(repeating: "0", count: decimals - have)
    }
}
