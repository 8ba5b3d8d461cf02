import Foundation
import PortalAPI
import Testing

/// `Money.text`, the one function every amount a person reads goes through, in each locale's table.
@Suite struct MoneyLocaleTests {
    @Test(arguments: [
        ("1489", "EUR", "1489.00 EUR", "1.489,00 €"),
        ("1489", "USD", "1489.00 USD", "1.489,00 USD"),
        ("-5", "EUR", "-5.00 EUR", "-5,00 €"),
        ("1234567.5", "", "1234567.50", "1.234.567,50"),
        ("999.99", "EUR", "999.99 EUR", "999,99 €"),
        ("1200", "JPY", "1200 JPY", "1.200 JPY"),
        ("0.125", "USD", "0.125 USD", "0,125 USD"),
    ])
    func englishKeepsTodaysFormGermanGroupsAndUsesAComma(_ amount: String, _ currency: String, _ en: String, _ de: String) {
        let d = Decimal(string: amount)!
        #expect(Money.text(d, currency: currency, locale: .en) == en)
        #expect(Money.text(d, currency: currency, locale: .de) == de)
    }

    @Test func aColumnThatNamesTheCurrencyGetsTheBareNumber() {
        #expect(Money.text(Decimal(string: "1489")!, currency: "EUR", locale: .de, withCurrency: false) == "1.489,00")
        #expect(Money.text(Decimal(string: "6.99")!, currency: "USD", locale: .en, withCurrency: false) == "6.99")
    }

    @Test(arguments: [("de_DE.UTF-8", MoneyLocale.de), ("de", .de), ("de-AT", .de), ("DE_CH.utf8", .de),
                      ("en_US.UTF-8", .en), ("en_GB", .en), ("C.UTF-8", .en), ("POSIX", .en), ("C", .en)])
    func localeNames(_ name: String, _ locale: MoneyLocale) {
        #expect(MoneyLocale(name: name) == locale)
    }

    @Test func languagesWithoutATableAreRefused() {
        #expect(MoneyLocale(name: "fr_FR.UTF-8") == nil)
        #expect(MoneyLocale(name: "") == nil)
    }
}

@Suite struct MoneyColumnWidthTests {
    @Test(arguments: ["1489.00", "6.99", "-1234567.50", "1200", "0.125"])
    func theWidestFormIsTheGermanGroupedOne(_ plain: String) {
        let d = Decimal(string: plain)!
        let widths = MoneyLocale.allCases.map { Money.text(d, currency: "", locale: $0).count }
        #expect(Money.widestWidth(plain: Money.format(d, currency: "")) == widths.max())
    }
}
