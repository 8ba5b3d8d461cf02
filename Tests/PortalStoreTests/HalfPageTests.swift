import PortalFixtures
import PortalAPI
import PortalStore
import Testing

/// Ctrl-D / Ctrl-U: half a page down and up, in the lists and on the open service or invoice.
@Suite struct HalfPageTests {
    @Test func aListMovesHalfItsRowsAndStopsAtTheEnds() {
        var store = Store.invoices(InvoiceFixtures.many(200), height: 24)
        store.send(.page(1))
        let page = store.state.invoices.selectedIndex   // 19 rows at 80×24
        store.send(.moveToFirst)
        store.send(.halfPage(1))
        #expect(store.state.invoices.selectedIndex == page / 2)
        store.send(.halfPage(1))
        #expect(store.state.invoices.selectedIndex == 2 * (page / 2))
        store.send(.halfPage(-1))
        #expect(store.state.invoices.selectedIndex == page / 2)
        store.send(.halfPage(-1))
        store.send(.halfPage(-1))
        #expect(store.state.invoices.selectedIndex == 0)
        store.send(.moveToLast)
        store.send(.halfPage(1))
        #expect(store.state.invoices.selectedIndex == 199)
    }

    @Test func theServicesListMovesHalfAPageOfItsRows() {
        let many = (0..<60).map { Fixtures.service(String(1000 + $0), "s\($0).example") }
        var store = Store.loaded(many, width: 80, height: 24)
        store.send(.page(1))
        let page = Int(store.state.services.selectedService!.id)! - 1000
        store.send(.moveToFirst)
        store.send(.halfPage(1))
        #expect(store.state.services.selectedService?.id == String(1000 + page / 2))
    }

    @Test func theServiceDetailScrollsHalfItsFieldRows() {
        var store = Store.detail()
        store.send(.resized(width: 40, height: 12))
        let visible = max(1, store.state.height - 7)   // as detailScrollsWithinItsFields: 5 rows
        let last = store.state.services.detail!.fieldRowCount - visible
        store.send(.halfPage(1))
        #expect(store.state.services.detail?.scroll == visible / 2)
        for _ in 0..<10 { store.send(.halfPage(1)) }
        #expect(store.state.services.detail?.scroll == last)
        store.send(.halfPage(-1))
        #expect(store.state.services.detail?.scroll == last - visible / 2)
    }

    @Test func theInvoiceScrollsHalfItsDocumentRows() {
        var store = Store.invoice(InvoiceFixtures.manyItems(), width: 80, height: 24)
        store.send(.halfPage(1))
        #expect(store.state.invoices.detail?.scroll == 10)   // 20 document rows at 80×24
        store.send(.halfPage(-1))
        store.send(.halfPage(-1))
        #expect(store.state.invoices.detail?.scroll == 0)
    }
}
