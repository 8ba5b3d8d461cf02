import Foundation
import PortalAPI
import PortalFixtures
@testable import PortalStore
import Testing

/// The invoices section's list and detail: loading, keeping data on failure, filter, sort, navigation.
@Suite struct InvoiceReducerTests {
    @Test func theFirstVisitLoadsTheListAndTheBalance() {
        var store = Store.loaded()
        store.send(.selectSection(.invoices))
        #expect(Set(store.requestedCalls()) == [.invoices, .balance])
        #expect(store.state.invoices.summaries == .loading(previous: nil))
        store.send(.received(store.key(for: .invoices)!, .invoices(.success(InvoiceList(InvoiceFixtures.invoices, today: nil)))))
        #expect(store.state.invoices.visible.count == 6)
        #expect(store.state.invoices.selectedInvoice?.id == "309010")
    }

    @Test func aLaterVisitKeepsTheRowsWhileItRefreshes() {
        var store = Store.invoices()
        store.send(.selectSection(.services))
        store.send(.selectSection(.invoices))
        #expect(store.requestedCalls().contains(.invoices))
        #expect(store.state.invoices.summaries == .loading(previous: InvoiceFixtures.invoices))
        #expect(store.state.invoices.visible.count == 6)
    }

    @Test func aFailedRefreshKeepsTheRowsAndSaysWhy() {
        var store = Store.invoices()
        store.send(.refresh)
        store.send(.received(store.key(for: .invoices)!, .invoices(.failure(.offline("connection refused")))))
        #expect(store.state.invoices.summaries.value == InvoiceFixtures.invoices)
        #expect(store.state.invoices.summaries.errorMessage?.isEmpty == false)
        #expect(store.state.invoices.visible.count == 6)
    }

    @Test func filterSortAndSelectionSurviveASectionSwitch() {
        var store = Store.invoices()
        store.send(.beginFilter)
        for c in "unpaid" { store.send(.edit(.insert(String(c)))) }
        store.send(.submit)
        store.send(.cycleSort)
        store.send(.move(1))
        let selected = store.state.invoices.selectedInvoice?.id
        #expect(store.state.invoices.list.sort.column == .due)
        #expect(store.state.invoices.visible.count == 3)
        store.send(.stepSection(1))
        store.send(.stepSection(-1))
        #expect(store.state.section == .invoices)
        #expect(store.state.invoices.list.filter.text == "unpaid")
        #expect(store.state.invoices.selectedInvoice?.id == selected)
        store.send(.back)
        #expect(store.state.invoices.list.filter.text.isEmpty)
        #expect(store.state.invoices.selectedInvoice?.id == selected)
    }

    @Test func movingPagesAndScrollsWithinTheViewport() {
        var store = Store.invoices(InvoiceFixtures.many(200), height: 24)
        store.send(.page(1))
        #expect(store.state.invoices.selectedIndex == 19 && store.state.invoices.list.scroll == 1)   // 19 rows above the footer
        store.send(.move(1))
        #expect(store.state.invoices.list.scroll == 2)
        store.send(.moveToLast)
        #expect(store.state.invoices.selectedIndex == 199 && store.state.invoices.list.scroll == 181)
        store.send(.moveToFirst)
        #expect(store.state.invoices.list.scroll == 0)
    }

    @Test func enterOpensTheInvoiceAndBackReturnsToTheList() {
        var store = Store.invoices()
        store.send(.move(1))
        store.send(.open)
        #expect(store.state.invoices.route == .detail(id: "309011"))
        #expect(store.requestedCalls() == [.invoice(id: "309011")])
        store.send(.received(store.key(for: .invoice(id: "309011"))!, .invoice(.success(InvoiceFixtures.manyItems()))))
        #expect(store.state.invoices.detail?.detail.value?.items.count == 12)
        store.send(.back)
        #expect(store.state.invoices.route == .list)
        #expect(store.state.invoices.selectedInvoice?.id == "309011")
    }

    @Test func refreshOnTheDetailReloadsItAndTheBalanceAndKeepsItOnFailure() {
        var store = Store.invoice()
        store.send(.refresh)
        #expect(Set(store.requestedCalls()) == [.invoice(id: "309010"), .balance])
        store.send(.received(store.key(for: .invoice(id: "309010"))!, .invoice(.failure(.timedOut))))
        #expect(store.state.invoices.detail?.detail.value == InvoiceFixtures.unpaid)
        #expect(store.state.invoices.detail?.detail.errorMessage != nil)
    }

    @Test func theDetailScrollsWithinItsDocument() {
        var store = Store.invoice(InvoiceFixtures.manyItems(), width: 80, height: 24)
        let rows = InvoiceDocument(InvoiceFixtures.manyItems(), width: 80, today: InvoiceFixtures.today).rows.count
        store.send(.moveToLast)
        #expect(store.state.invoices.detail?.scroll == rows - 20)
        store.send(.move(-1))
        #expect(store.state.invoices.detail?.scroll == rows - 21)
        store.send(.moveToFirst)
        store.send(.move(-1))
        #expect(store.state.invoices.detail?.scroll == 0)
    }

    @Test func anotherSectionCanOpenAnInvoice() {
        var store = Store.loaded()
        var ctx = SectionContext(width: 80, height: 24, balance: nil, flash: nil, requests: store.state.requests)
        let effects = store.state.invoices.open(invoiceID: "309012", &ctx)
        #expect(store.state.invoices.route == .detail(id: "309012"))
        #expect(effects.count == 1)
    }

    @Test func overdueIsJudgedAgainstToday() {
        var store = Store.invoices()
        #expect(store.state.invoices.visible.isOverdue(row: 1))
        store.state.invoices.setToday(APIDate("2026-11-01"))
        #expect(!store.state.invoices.visible.isOverdue(row: 1))
    }
}
