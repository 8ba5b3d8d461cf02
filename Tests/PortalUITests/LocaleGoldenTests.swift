import Foundation
import PortalAPI
import PortalFixtures
import PortalStore
@testable import PortalUI
import Testing

/// The header, an invoice and the configurator in each locale pio has a table for (en, de), and
/// the header when the server names no currency.
@Suite struct LocaleGoldenTests {
    static let euro = Balance(currency: "EUR", balance: Decimal(string: "1489")!, credit: Decimal(string: "25")!)

    @Test(arguments: [MoneyLocale.en, .de])
    func headerNamesDueAndCredit(_ locale: MoneyLocale) {
        var store = Store.invoices(balance: Self.euro, width: 100, height: 12)
        store.state.locale = locale
        let screen = GoldenTests.screen(store, 100, 12)
        GoldenFile.check(screen, named: "header-\(locale.rawValue)-100x12")
        let header = screen.split(separator: "\n").first ?? ""
        #expect(header.contains(locale == .de ? "Due 1.489,00 € · Credit 25,00 €" : "Due 1489.00 EUR · Credit 25.00 EUR"))
    }

    @Test func aHeaderWithoutCurrencySaysSo() {
        let store = Store.invoices([InvoiceFixtures.invoice("1", currency: "EUR"), InvoiceFixtures.invoice("2", currency: "USD")],
                                   balance: Balance(currency: "", balance: Decimal(string: "11.94")!, credit: 0), width: 100, height: 12)
        let screen = GoldenTests.screen(store, 100, 12)
        GoldenFile.check(screen, named: "header-no-currency-100x12")
        #expect(screen.contains("Due 11.94 (no currency given)"))
    }

    @Test(arguments: [MoneyLocale.en, .de])
    func invoiceDetail(_ locale: MoneyLocale) {
        var store = Store.invoice(InvoiceFixtures.manyItems(), width: 120, height: 40)
        store.state.locale = locale
        let screen = GoldenTests.screen(store, 120, 40)
        GoldenFile.check(screen, named: "invoice-detail-\(locale.rawValue)-120x40")
        #expect(screen.contains(locale == .de ? "230,67 USD" : "230.67 USD"))
        #expect(screen.contains("Santa Rosa, California 95401"))
    }

    @Test(arguments: [MoneyLocale.en, .de])
    func configurator(_ locale: MoneyLocale) {
        var store = Store.configuredValid(width: 120, height: 40)
        store.state.locale = locale
        let screen = GoldenTests.screen(store, 120, 40)
        GoldenFile.check(screen, named: "configurator-\(locale.rawValue)-120x40")
        let total = screen.split(separator: "\n").first { $0.contains("Due today (estimate)") } ?? ""
        #expect(total.contains(locale == .de ? "," : ".") && total.contains("USD"))
    }
}
