import Foundation
import PortalAPI
import PortalFixtures
import PortalStore
@testable import PortalUI
import Testing

/// The invoices section rendered into a TextCanvas and compared with checked-in text files.
@Suite struct InvoiceGoldenTests {
    @Test(arguments: [(80, 24), (120, 40), (40, 10)])
    func invoicesList(width: Int, height: Int) {
        var store = Store.invoices(width: width, height: height)
        store.send(.move(1))
        let screen = GoldenTests.screen(store, width, height)
        GoldenFile.check(screen, named: "invoices-\(width)x\(height)")
        #expect(screen.contains("Overdue") && screen.contains("Unpaid"))
    }

    @Test func invoicesListFilteredShowsTheCountAndOwedOfTheShownRows() {
        var store = Store.invoices()
        store.send(.beginFilter)
        store.send(.edit(.insert("usd")))
        let screen = GoldenTests.screen(store, 80, 24)
        GoldenFile.check(screen, named: "invoices-filter-80x24")
        #expect(screen.contains("5 of 6 invoices · 3 to pay: 95.61 USD"))
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 10)])
    func invoiceWithManyItemsAndTaxes(width: Int, height: Int) {
        let store = Store.invoice(InvoiceFixtures.manyItems(), width: width, height: height)
        GoldenFile.check(GoldenTests.screen(store, width, height), named: "invoice-detail-\(width)x\(height)")
    }

    @Test func invoiceDetailScrolledToTheTotals() {
        var store = Store.invoice(InvoiceFixtures.manyItems())
        store.send(.moveToLast)
        let screen = GoldenTests.screen(store, 80, 24)
        GoldenFile.check(screen, named: "invoice-detail-bottom-80x24")
        #expect(screen.contains("Tax 21%") && screen.contains("Tax 3%") && screen.contains("230.67 USD"))
    }

    @Test(arguments: [(80, 24), (40, 10)])
    func zeroDecimalCurrencyWithCJKDescriptions(width: Int, height: Int) {
        let store = Store.invoice(InvoiceFixtures.yen, balance: Balance(currency: "JPY", balance: 0, credit: 0), width: width, height: height)
        let screen = GoldenTests.screen(store, width, height)
        GoldenFile.check(screen, named: "invoice-yen-\(width)x\(height)")
        #expect(!screen.contains("8745.00"))
    }

    @Test func cjkItemsKeepTheNumberColumnsAligned() {
        let store = Store.invoice(InvoiceFixtures.yen, width: 80, height: 24)
        let lines = GoldenTests.screen(store, 80, 24).split(separator: "\n").map(String.init)
        let itemLines = lines.filter { $0.hasSuffix("4900") || $0.hasSuffix(" 600") || $0.hasSuffix("2450") }
        #expect(itemLines.count == 3)
        #expect(Set(itemLines.map { TextWidth.of($0) }).count == 1)
    }

    @Test(arguments: [(80, 24), (40, 10)])
    func creditDialog(width: Int, height: Int) {
        var store = Store.invoice(width: width, height: height)
        store.send(.beginCredit)
        GoldenFile.check(GoldenTests.screen(store, width, height), named: "credit-dialog-\(width)x\(height)")
    }

    @Test func creditDialogWithABadAmount() {
        var store = Store.invoice(InvoiceFixtures.manyItems())
        store.send(.beginCredit)
        store.send(.focusNext)
        store.send(.edit(.clear))
        store.send(.edit(.insert("12,50")))
        let screen = GoldenTests.screen(store, 80, 24)
        GoldenFile.check(screen, named: "credit-dialog-bad-amount-80x24")
        #expect(screen.contains("Use a dot for decimals: 12.50."))
    }

    @Test func invoicesLoadFailedSaysWhyAndHowToRetry() {
        var store = Store.loaded()
        store.send(.selectSection(.invoices))
        store.send(.received(store.key(for: .invoices)!, .invoices(.failure(.offline("connection refused")))))
        let screen = GoldenTests.screen(store, 80, 24)
        #expect(screen.contains("Could not load invoices:") && screen.contains("Press r to try again."))
    }
}
