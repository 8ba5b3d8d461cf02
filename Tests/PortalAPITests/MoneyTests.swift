import Foundation
import PortalAPI
import Testing

@Suite struct MoneyTests {
    @Test func twoDecimalsForTheScreen() {
        #expect(Money.format(Decimal(string: "9.99")!) == "9.99")
        #expect(Money.format(Decimal(6)) == "6.00")
        #expect(Money.format(Decimal(string: "-3.1")!) == "-3.10")
        #expect(Money.format(Decimal(string: "1234.5")!) == "1234.50")
        #expect(Money.format(Decimal(string: "0.125")!) == "0.13")
    }

    @Test func scriptsKeepEveryDigitTheServerSent() {
        #expect(Money.format(Decimal(string: "0.125")!, keepingPrecision: true) == "0.125")
        #expect(Money.format(Decimal(string: "19.65")!, keepingPrecision: true) == "19.65")
        #expect(Money.format(Decimal(7), keepingPrecision: true) == "7.00")
    }

    @Test func largeAmountsAreExact() {
        let big = Decimal(string: "12345678901234567.89")!
        #expect(Money.format(big) == "12345678901234567.89")
    }
}

@Suite struct CurrencyMoneyTests {
    @Test func zeroDecimalCurrenciesHaveNoDecimals() {
        #expect(Money.decimals(currency: "JPY") == 0 && Money.decimals(currency: "krw") == 0)
        #expect(Money.format(Decimal(1200), currency: "JPY") == "1200")
        #expect(Money.format(Decimal(string: "1200.00")!, currency: "JPY") == "1200")
        #expect(Money.format(Decimal(string: "1200.5")!, currency: "JPY") == "1200.5")
    }

    @Test func twoAndThreeDecimalCurrencies() {
        #expect(Money.format(Decimal(7), currency: "USD") == "7.00")
        #expect(Money.format(Decimal(string: "6.99")!, currency: "EUR") == "6.99")
        #expect(Money.format(Decimal(string: "0.125")!, currency: "USD") == "0.125")
        #expect(Money.format(Decimal(string: "0.1250")!, currency: "USD") == "0.125")
        #expect(Money.format(Decimal(string: "1.25")!, currency: "KWD") == "1.250")
        #expect(Money.format(Decimal(string: "-3.1")!, currency: "") == "-3.10")
    }
}
