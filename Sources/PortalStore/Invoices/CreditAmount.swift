import FoundationEssentials
import PortalAPI

/// What bounds an amount of credit applied to one invoice.
public struct CreditLimits: Sendable, Equatable {
    /// The account's available credit.
    public let credit: Decimal
    /// What the invoice still needs.
    public let due: Decimal
    public let currency: String

    public init(credit: Decimal, due: Decimal, currency: String) {
        self.credit = credit; self.due = due; self.currency = currency
    }

    /// Decimals an amount may have in this currency (0 for JPY).
    public var decimals: Int { Money.decimals(currency: currency) }

    /// "25.00 USD"
    public func text(_ amount: Decimal) -> String { CurrencyAmount(currency: currency, amount: amount).text }

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
    /// "12,50": the amount with a dot instead.
    case commaDecimal(suggestion: String)
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
        case .notANumber(let text): return "“\(text)” is not an amount: use digits and a dot, like 12.50."
        case .commaDecimal(let s): return "Use a dot for decimals: \(s)."
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
        switch number(text) {
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

    /// The text as a plain decimal number: optional sign, digits, optional dot and digits.
    public static func number(_ raw: String) -> Result<Decimal, CreditAmountProblem> {
        let text = raw.trimmingWhitespace()
        if text.isEmpty { return .failure(.empty) }
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

    /// Significant decimals of `d` ("12.50" has 1, "12.505" has 3).
    static func decimals(of d: Decimal) -> Int {
        for places in 0...12 where d.roundedPlain(places: places) == d {
            return places
        }
        return 13
    }
}
