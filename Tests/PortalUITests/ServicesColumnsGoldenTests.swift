import PortalFixtures
import PortalAPI
import PortalStore
@testable import PortalUI
import Testing

/// The services list gives its width to what people read: the domain (and label) keeps its width
/// first, the cycle is shortened (the full word in the detail), the product is cut before the
/// domain, and no value runs into the next column; the sort column shows its direction.
@Suite struct ServicesColumnsGoldenTests {
    static let rows = [
        Fixtures.service("501", "customer-portal.example-company.com", status: "Terminated", due: "2026-03-01",
                         total: 240, product: "Managed Kubernetes Cluster", cycle: "Biennially"),
        Fixtures.service("502", "shop.example.org", status: "Active", due: "2026-12-05", total: 29.50,
                         product: "Business Hosting", cycle: "Quarterly"),
        Fixtures.service("503", "mail.example.net", status: "Suspended", due: "2026-11-01", total: 4,
                         product: "VPS 1", cycle: "Semi-Annually"),
        Fixtures.service("504", "backup.example.io", status: "Cancelled", due: "0000-00-00", total: 120, cycle: "Annually"),
    ]

    @Test(arguments: [(80, 24), (100, 30), (200, 50)])
    func domainFirstShortCyclesNoTouchingColumns(width: Int, height: Int) {
        let screen = GoldenTests.screen(Store.loaded(Self.rows, width: width, height: height), width, height)
        GoldenFile.check(screen, named: "services-columns-\(width)x\(height)")
        if width >= 100 { #expect(screen.contains("customer-portal.example-company.com"), "the domain is cut at \(width)") }
        #expect(screen.contains("Terminated  2 Yr") && screen.contains("Semi") == false)
        #expect(!screen.contains("Biennially") && !screen.contains("Terminated B"))
    }

    @Test func theProductIsCutBeforeTheDomain() {
        let screen = GoldenTests.screen(Store.loaded(Self.rows, width: 80, height: 24), 80, 24)
        #expect(screen.contains("customer-portal.example-com…") && screen.contains("Managed…"))   // product at its narrowest
    }

    @Test func theHeaderShowsTheSortColumnAndItsDirection() {
        var store = Store.loaded(Self.rows)
        #expect(GoldenTests.screen(store, 80, 24).contains("Next due▲"))
        store.send(.sortBy(ServiceSort.nextDue.rawValue))
        #expect(GoldenTests.screen(store, 80, 24).contains("Next due▼"))
        store.send(.sortBy(ServiceSort.amount.rawValue))
        let amount = GoldenTests.screen(store, 80, 24)
        #expect(amount.contains("Amount▼") && !amount.contains("Next due▼"))
        store.send(.sortBy(ServiceSort.amount.rawValue))
        #expect(GoldenTests.screen(store, 80, 24).contains("Amount▲"))
    }

    @Test func theInvoicesHeaderShowsTheSortColumnAndItsDirection() {
        var store = Store.invoices()
        #expect(GoldenTests.screen(store, 80, 24).contains("Date▼"))
        store.send(.sortBy(InvoiceSort.date.rawValue))
        #expect(GoldenTests.screen(store, 80, 24).contains("Date▲"))
        store.send(.sortBy(InvoiceSort.total.rawValue))
        #expect(GoldenTests.screen(store, 80, 24).contains("Total▼"))
    }

    @Test func theSortKeysComeFromTheKeymap() {
        var store = Store.loaded()
        for (key, column) in [("D", ServiceSort.domain), ("S", .status), ("N", .nextDue), ("A", .amount)] {
            if let action = Keymap.default.action(for: .char(Character(key)), in: store.state) { store.send(action) }
            #expect(store.state.services.list.sort.column == column, "\(key)")
        }
    }
}
