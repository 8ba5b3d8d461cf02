import Foundation
import PortalAPI
import PortalFixtures
@testable import PortalStore
import Testing

/// Sorting by a column's key, as htop and k9s do: the key sorts by that column in its own
/// direction, the same key again reverses, the selection stays on its row; the default services
/// order puts running services first and finished ones last.
@Suite struct SortByColumnTests {
    func serviceIDs(_ store: Store) -> [String] { store.state.services.visibleServices.map(\.id) }
    func invoiceIDs(_ store: Store) -> [String] {
        let v = store.state.invoices.visible
        return (0..<v.count).compactMap { v.id(at: $0) }
    }

    @Test func theDefaultServicesOrderPutsRunningFirstAndFinishedLastThenByNextDue() {
        let store = Store.loaded([
            Fixtures.service("1", "a.example", status: "Terminated", due: "2026-01-01"),
            Fixtures.service("2", "b.example", status: "Active", due: "2026-12-30"),
            Fixtures.service("3", "c.example", status: "Cancelled", due: "2026-02-01"),
            Fixtures.service("4", "d.example", status: "Pending", due: "2026-03-01"),
            Fixtures.service("5", "e.example", status: "Active", due: "2026-06-01"),
            Fixtures.service("6", "f.example", status: "Suspended", due: "2026-04-01"),
        ])
        #expect(store.state.services.list.sort == ListOrder(.nextDue))
        #expect(serviceIDs(store) == ["4", "6", "5", "2", "1", "3"])   // finished last though due earlier
    }

    @Test(arguments: [
        (ServiceSort.nextDue, ["303", "302", "301", "304"]),
        (.status, ["303", "302", "301", "304"]),
        (.amount, ["304", "302", "301", "303"]),
        (.domain, ["304", "301", "303", "302"]),
    ])
    func eachServiceColumnSortsAndTheSameKeyReverses(column: ServiceSort, natural: [String]) {
        var store = Store.loaded()
        if column == .nextDue { store.send(.cycleSort) }   // start from another column
        store.send(.sortBy(column.rawValue))
        #expect(store.state.services.list.sort == ListOrder(column))
        #expect(serviceIDs(store) == natural)
        store.send(.sortBy(column.rawValue))
        #expect(store.state.services.list.sort == ListOrder(column, reversed: true))
        #expect(serviceIDs(store) == Array(natural.reversed()))
        store.send(.sortBy(column.rawValue))
        #expect(serviceIDs(store) == natural)
    }

    @Test func reversingKeepsTheSelectedServiceAndAnotherColumnStartsInItsOwnDirection() {
        var store = Store.loaded()
        store.send(.move(1))
        let selected = store.state.services.selectedService?.id
        store.send(.sortBy(ServiceSort.nextDue.rawValue))
        #expect(store.state.services.list.sort.reversed)
        #expect(store.state.services.selectedService?.id == selected)
        store.send(.sortBy(ServiceSort.amount.rawValue))
        #expect(store.state.services.list.sort == ListOrder(.amount))
        store.send(.cycleSort)
        #expect(store.state.services.list.sort == ListOrder(.domain))
    }

    @Test func aColumnTheListDoesNotHaveChangesNothing() {
        var store = Store.loaded()
        let before = serviceIDs(store)
        store.send(.sortBy(InvoiceSort.total.rawValue))
        #expect(store.state.services.list.sort == ListOrder(.nextDue))
        #expect(serviceIDs(store) == before)
    }

    @Test(arguments: [
        (InvoiceSort.date, ["309010", "309011", "308976", "309012", "308950", "307010"]),
        (.due, ["307010", "308950", "308976", "309011", "309010", "309012"]),
        (.total, ["307010", "309011", "309012", "308950", "308976", "309010"]),
    ])
    func eachInvoiceColumnSortsAndTheSameKeyReverses(column: InvoiceSort, natural: [String]) {
        var store = Store.invoices()
        if column == .date { store.send(.cycleSort) }
        store.send(.sortBy(column.rawValue))
        #expect(store.state.invoices.list.sort == ListOrder(column))
        #expect(invoiceIDs(store) == natural)
        store.send(.sortBy(column.rawValue))
        #expect(store.state.invoices.list.sort == ListOrder(column, reversed: true))
        #expect(invoiceIDs(store) == Array(natural.reversed()))
    }

    @Test func theStatusColumnOfInvoicesReversesToo() {
        var store = Store.invoices()
        store.send(.sortBy(InvoiceSort.status.rawValue))
        let natural = invoiceIDs(store)
        #expect(natural.last == "308976" || natural.last == "308950")   // settled ones last
        store.send(.sortBy(InvoiceSort.status.rawValue))
        #expect(invoiceIDs(store) == Array(natural.reversed()))
    }

    @Test func theHeaderArrowFollowsTheDirection() {
        #expect(ListOrder(ServiceSort.nextDue).arrow == "▲")
        #expect(ListOrder(ServiceSort.nextDue, reversed: true).arrow == "▼")
        #expect(ListOrder(ServiceSort.amount).arrow == "▼")
        #expect(ListOrder(ServiceSort.amount, reversed: true).arrow == "▲")
        #expect(ListOrder(InvoiceSort.date).arrow == "▼")
        #expect(ListOrder(InvoiceSort.due).arrow == "▲")
    }
}
