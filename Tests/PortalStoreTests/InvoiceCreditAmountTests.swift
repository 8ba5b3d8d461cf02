import Foundation
import PortalAPI
@testable import PortalStore
import Testing

/// The apply-credit dialog's amount: parsing, each rejection as a sentence, and the proposal.
@Suite struct InvoiceCreditAmountTests {
    static let usd = CreditLimits(credit: 25, due: Decimal(string: "6.99")!, currency: "USD")
    static let jpy = CreditLimits(credit: 5000, due: 1200, currency: "JPY")

    func problem(_ text: String, _ limits: CreditLimits = usd) -> CreditAmountProblem? {
        if case .failure(let p) = CreditAmount.parse(text, within: limits) { return p }
        return nil
    }

    @Test func acceptsPlainAmountsWithinCreditAndDue() throws {
        #expect(try CreditAmount.parse("6.99", within: Self.usd).get() == Decimal(string: "6.99"))
        #expect(try CreditAmount.parse(" 5 ", within: Self.usd).get() == 5)
        #expect(try CreditAmount.parse("0.5", within: Self.usd).get() == Decimal(string: "0.5"))
        #expect(try CreditAmount.parse(".5", within: Self.usd).get() == Decimal(string: "0.5"))
        #expect(try CreditAmount.parse("+3.10", within: Self.usd).get() == Decimal(string: "3.1"))
        #expect(try CreditAmount.parse("2.500", within: Self.usd).get() == Decimal(string: "2.5"))
    }

    @Test func aCommaDecimalSuggestsTheDot() {
        #expect(problem("12,50") == .commaDecimal(suggestion: "12.50"))
        #expect(problem("12,50")?.message == "Use a dot for decimals: 12.50.")
    }

    @Test func thousandsSeparatorsAreNamed() {
        #expect(problem("1,234.50") == .grouping(suggestion: "1234.50"))
        #expect(problem("1.234,50") == .grouping(suggestion: "1234.50"))
        #expect(problem("1,234,567") == .grouping(suggestion: "1234567"))
        #expect(problem("1,234.50")?.message == "Leave out thousands separators: 1234.50.")
    }

    @Test func moreThanTwoDecimalsIsRejected() {
        #expect(problem("1.505") == .tooManyDecimals(allowed: 2, currency: "USD"))
        #expect(problem("1.505")?.message == "Use at most 2 decimals.")
    }

    @Test func aZeroDecimalCurrencyTakesWholeAmountsOnly() throws {
        #expect(problem("12.5", Self.jpy)?.message == "JPY has no decimals: type a whole amount.")
        #expect(try CreditAmount.parse("1200", within: Self.jpy).get() == 1200)
        #expect(try CreditAmount.parse("1200.00", within: Self.jpy).get() == 1200)
    }

    @Test func negativeAndZeroAreRejected() {
        #expect(problem("-5") == .negative)
        #expect(problem("-5")?.message == "The amount must be positive.")
        #expect(problem("0") == .zero)
        #expect(problem("0.00") == .zero)
        #expect(problem("-0") == .zero)
        #expect(problem("0")?.message == "The amount must be more than zero.")
    }

    @Test func aboveTheCreditNamesTheCredit() {
        let limits = CreditLimits(credit: 5, due: 100, currency: "USD")
        #expect(problem("5.01", limits) == .aboveCredit("5.00 USD"))
        #expect(problem("5.01", limits)?.message == "That is more than your available credit (5.00 USD).")
    }

    @Test func aboveTheAmountDueNamesWhatIsDue() {
        #expect(problem("7") == .aboveDue("6.99 USD"))
        #expect(problem("7")?.message == "That is more than the invoice still needs (6.99 USD).")
    }

    @Test func textThatIsNoNumberSaysSo() {
        #expect(problem("") == .empty)
        #expect(problem("   ")?.message == "Type an amount, or press Esc to cancel.")
        for text in ["abc", "12.5.3", "$12", "1e3", "--5", "12 50", "٣", "."] {
            #expect(problem(text) == .notANumber(text.trimmingCharacters(in: .whitespaces)), "\(text)")
        }
        #expect(problem("abc")?.message == "“abc” is not an amount: use digits and a decimal mark, like 12.50.")
    }

    @Test func theProposalPaysInFullOrUsesAllTheCredit() {
        #expect(Self.usd.proposed == Decimal(string: "6.99"))
        #expect(CreditLimits(credit: Decimal(string: "3.50")!, due: 10, currency: "USD").proposed == Decimal(string: "3.50"))
        #expect(CreditLimits(credit: 0, due: 10, currency: "USD").proposed == nil)
        #expect(CreditLimits(credit: 10, due: 0, currency: "USD").proposed == nil)
    }
}

/// Amounts typed the German way when the locale is de: a decimal comma, a dot refused with the
/// comma form suggested ("1.250" is 1250 to a German reader).
@Suite struct GermanCreditAmountTests {
    static let eur = CreditLimits(credit: 2000, due: 2000, currency: "EUR", locale: .de)

    @Test(arguments: [("12,50", "12.5"), ("12", "12"), (" 0,5 ", "0.5"), ("1489,00", "1489")])
    func aDecimalCommaIsRead(_ text: String, _ value: String) throws {
        #expect(try CreditAmount.parse(text, within: Self.eur).get() == Decimal(string: value))
    }

    @Test(arguments: [
        ("12.50", CreditAmountProblem.dotDecimal(suggestion: "12,50")),
        ("1.250", .grouping(suggestion: "1250")),
        ("1.234,50", .grouping(suggestion: "1234,50")),
        ("1,2,3", .notANumber("1,2,3")),
        ("12,505", .tooManyDecimals(allowed: 2, currency: "EUR")),
    ])
    func otherFormsAreExplained(_ text: String, _ problem: CreditAmountProblem) {
        guard case .failure(let p) = CreditAmount.parse(text, within: Self.eur) else { Issue.record("\(text) accepted"); return }
        #expect(p == problem)
    }

    @Test func limitsAreWrittenTheGermanWay() {
        guard case .failure(let p) = CreditAmount.parse("2500", within: Self.eur) else { Issue.record("accepted"); return }
        #expect(p.message == "That is more than your available credit (2.000,00 €).")
    }
}
