import FoundationEssentials
import PortalAPI

/// What bounds an amount of credit applied to one invoice.
public struct CreditLimits: Sendable, Equatable {
    /// The account's available credit.
    public let credit: Decimal
    /// What the invoice still needs.
    public let due: Decimal
    public let currency: String
    /// How amounts are written and typed.
    public let locale: MoneyLocale

    public init(credit: Decimal, due: Decimal, currency: String, locale: MoneyLocale = .en) {
        self.credit = credit; self.due = due; self.currency = currency; self.locale = locale
    }

    /// Decimals an amount may have in this currency (0 for JPY).
    public var decimals: Int { Money.decimals(currency: currency) }

    /// "25.00 USD", "25,00 €"
    public func text(_ amount: Decimal) -> String { Money.text(amount, currency: currency, locale: locale) }

    /// The amount as it is typed in the field: no currency, the locale's decimal mark ("12,50").
    public func field(_ amount: Decimal) -> String { Money.text(amount, currency: currency, locale: locale, withCurrency: false) }

    /// The amount the dialog proposes: what pays the invoice in full, or all the credit when that is
    /// less; nil when there is no credit or nothing is due.
    public var proposed: Decimal? {
        guard credit > 0, due > 0 else { return nil }
        return min(credit, due)
    }
}

/// Why a typed amount cannot be applied; `message` is the sentence shown under the field.
public enum CreditAmountProblem: Error, Sendable, Equatable {
    case empty
    case notANumber(String)
    /// "12,50" where a dot is the decimal mark: the amount with a dot instead.
    case commaDecimal(suggestion: String)
    /// "12.50" where a comma is the decimal mark (German): the amount with a comma instead.
    case dotDecimal(suggestion: String)
    /// "1,234.50" or "1.234,50": the amount without grouping, with a dot for decimals.
    case grouping(suggestion: String)
    case tooManyDecimals(allowed: Int, currency: String)
    case negative
    case zero
    /// The available credit, formatted with its currency.
    case aboveCredit(String)
    /// What the invoice still needs, formatted with its currency.
    case aboveDue(String)

    public var message: String {
        switch self {
        case .empty: return "Type an amount, or press Esc to cancel."
        case .notANumber(let text): return "“\(text)” is not an amount: use digits and a decimal mark, like 12.50."
        case .commaDecimal(let s): return "Use a dot for decimals: \(s)."
        case .dotDecimal(let s): return "Use a comma for decimals: \(s)."
        case .grouping(let s): return "Leave out thousands separators: \(s)."
        case .tooManyDecimals(0, let currency):
            return "\(currency.isEmpty ? "This currency" : currency) has no decimals: type a whole amount."
        case .tooManyDecimals(let n, _): return "Use at most \(n) decimal\(n == 1 ? "" : "s")."
        case .negative: return "The amount must be positive."
        case .zero: return "The amount must be more than zero."
        case .aboveCredit(let credit): return "That is more than your available credit (\(credit))."
        case .aboveDue(let due): return "That is more than the invoice still needs (\(due))."
        }
    }
}

/// Reads the amount typed in the apply-credit dialog (or given to `pio credit --amount`).
public enum CreditAmount {
    /// The amount as a `Decimal`, or the first problem found: the text's form, then its sign,
    /// then its decimals, then the limits.
    public static func parse(_ text: String, within limits: CreditLimits) -> Result<Decimal, CreditAmountProblem> {
        let amount: Decimal
        switch number(text, locale: limits.locale) {
        case .failure(let problem): return .failure(problem)
        case .success(let value): amount = value
        }
        if amount < 0 { return .failure(.negative) }
        if amount == 0 { return .failure(.zero) }
        if decimals(of: amount) > limits.decimals {
            return .failure(.tooManyDecimals(allowed: limits.decimals, currency: limits.currency))
        }
        if amount > limits.credit { return .failure(.aboveCredit(limits.text(limits.credit))) }
        if amount > limits.due { return .failure(.aboveDue(limits.text(limits.due))) }
        return .success(amount)
    }

    /// The text as a plain decimal number: optional sign, digits, optional decimal mark and digits.
    /// The mark is the locale's: a dot in English; a comma in German ("12,50"), where a dot is
    /// refused with the comma form suggested, since "1.250" means 1250 there.
    public static func number(_ raw: String, locale: MoneyLocale = .en) -> Result<Decimal, CreditAmountProblem> {
        let text = raw.trimmingWhitespace()
        if text.isEmpty { return .failure(.empty) }
        if locale.decimalMark == "," {
            let commas = text.filter { $0 == "," }.count
            if text.contains(".") {
                if commas == 0, case .success = number(text) {
                    // "1.250" is 1250 to a German reader; "12.50" a decimal written the English way.
                    let after = text.split(separator: ".", omittingEmptySubsequences: false).last ?? ""
                    if after.count == 3 { return .failure(.grouping(suggestion: text.replacing(".", with: ""))) }
                    return .failure(.dotDecimal(suggestion: text.replacing(".", with: ",")))
                }
                return .failure(separatorProblem(text).map(germanForm) ?? .notANumber(text))
            }
            if commas > 1 { return .failure(.notANumber(text)) }
            return number(text.replacing(",", with: "."))
        }
        if text.contains(",") { return .failure(separatorProblem(text) ?? .notANumber(text)) }
        var body = Substring(text)
        let negative = body.first == "-"
        if negative || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), body.contains(where: \.isNumber),
              let value = Decimal(string: String(body))
        else { return .failure(.notANumber(text)) }
        return .success(negative ? -value : value)
    }

    /// "12,50" → a dot; "1,234.50", "1.234,50", "1,234,567" → no grouping; nil when the text is no
    /// number written with separators.
    static func separatorProblem(_ text: String) -> CreditAmountProblem? {
        let allowed = Set("0123456789.,-+")
        guard text.allSatisfy({ allowed.contains($0) }), text.contains(where: \.isNumber) else { return nil }
        let commas = text.filter { $0 == "," }.count
        let hasDot = text.contains(".")
        if commas == 1 && !hasDot { return .commaDecimal(suggestion: text.replacing(",", with: ".")) }
        if !hasDot { return .grouping(suggestion: text.replacing(",", with: "")) }
        guard let mark = text.lastIndex(where: { $0 == "," || $0 == "." }) else { return nil }
        let grouping: Character = text[mark] == "," ? "." : ","
        let whole = text[..<mark].filter { $0 != grouping }
        guard !whole.contains(","), !whole.contains(".") else { return nil }
        return .grouping(suggestion: whole + "." + text[text.index(after: mark)...])
    }

    /// A suggestion of `separatorProblem` written with the German decimal comma.
    static func germanForm(_ problem: CreditAmountProblem) -> CreditAmountProblem {
        switch problem {
        case .grouping(let s): return .grouping(suggestion: s.replacing(".", with: ","))
        case .commaDecimal(let s): return .dotDecimal(suggestion: s.replacing(".", with: ","))
        default: return problem
        }
    }

    /// Significant decimals of `d` ("12.50" has 1, "12.505" has 3).
    static func decimals(of d: Decimal) -> Int {
        for places in 0...12 where d.roundedPlain(places: places) == d {
            return places
        }
        return 13
    }
}
