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

/// How amounts are written for a reader. A small table instead of ICU: `en` writes them as pio
/// always has ("1489.00 USD": a dot, no grouping, the ISO code after), `de` as German readers do
/// ("1.489,00 €": a comma for decimals, dots between thousands, € for euros, other codes as they are).
/// Only what people read changes: JSON output and what is sent to the server never do.
public enum MoneyLocale: String, Sendable, CaseIterable {
    case en, de

    /// "de", "de_DE", "de_DE.UTF-8", "de-AT", "en_US.UTF-8"; "C", "POSIX" and "C.UTF-8" are `en`.
    /// Nil for a language pio has no table for.
    public init?(name: String) {
        let text = name.trimmingWhitespace().lowercased()
        let language = text.prefix { $0.isLetter }
        switch language {
        case "en", "c", "posix": self = .en
        case "de": self = .de
        default: return nil
        }
    }

    public static let names = allCases.map(\.rawValue).joined(separator: ", ")

    /// The decimal mark ("." or ",").
    public var decimalMark: Character { self == .de ? "," : "." }
    /// The mark between thousands, nil for none.
    public var groupingMark: Character? { self == .de ? "." : nil }
}

extension Money {
    /// Every amount a person reads goes through here: the amount in its currency's decimals (see
    /// `format(_:currency:)`), written the locale's way, with the currency after it unless
    /// `withCurrency` is false (a column that names the currency once) or there is none.
    /// en: "1489.00 USD", "-5.00 EUR", "12.00"; de: "1.489,00 €", "-5,00 €", "12,00 USD".
    public static func text(_ amount: Decimal, currency: String, locale: MoneyLocale, withCurrency: Bool = true) -> String {
        let plain = format(amount, currency: currency)
        var number = plain
        if locale != .en {
            let negative = plain.hasPrefix("-")
            let digits = negative ? plain.dropFirst() : Substring(plain)
            let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            var whole = String(parts[0])
            if let mark = locale.groupingMark {
                var grouped = ""
                for (n, ch) in whole.reversed().enumerated() {
                    if n > 0 && n % 3 == 0 { grouped.append(mark) }
                    grouped.append(ch)
                }
                whole = String(grouped.reversed())
            }
            number = (negative ? "-" : "") + whole + (parts.count > 1 ? String(locale.decimalMark) + parts[1] : "")
        }
        let code = currency.trimmingWhitespace()
        guard withCurrency, !code.isEmpty else { return number }
        return number + " " + symbol(code, locale: locale)
    }

    /// Columns the bare amount takes in the widest locale, from its plain form ("1489.00" → 8, as
    /// "1.489,00"), so a column measured once at load fits whichever locale draws it.
    public static func widestWidth(plain: String) -> Int {
        let digits = plain.utf8.prefix { $0 != UInt8(ascii: ".") }.count { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        return plain.utf8.count + max(0, (digits - 1) / 3)
    }

    /// How the currency is named after an amount: € for euros in German, the code otherwise.
    public static func symbol(_ currency: String, locale: MoneyLocale) -> String {
        locale == .de && currency.uppercased() == "EUR" ? "€" : currency
    }
}
