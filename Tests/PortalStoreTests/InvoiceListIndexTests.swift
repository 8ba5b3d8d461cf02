import Foundation
import PortalAPI
import PortalFixtures
@testable import PortalStore
import Testing

/// The invoices list's prepared order: filter, sort, selection and the unpaid footer figures.
@Suite struct InvoiceListIndexTests {
    func visible(_ all: [InvoiceSummary] = InvoiceFixtures.invoices, needle: String = "", sort: InvoiceSort = .date,
                 selected: String? = nil) -> VisibleInvoices {
        var v = VisibleInvoices()
        v.reload(all, today: InvoiceFixtures.today, needle: needle, sort: ListOrder(sort), selectedID: selected)
        return v
    }

    func ids(_ v: VisibleInvoices, _ all: [InvoiceSummary] = InvoiceFixtures.invoices) -> [String] { v.rows.map { all[$0].id } }

    @Test func eachSortOrdersByItsColumn() {
        var v = visible()
        #expect(ids(v) == ["309010", "309011", "308976", "309012", "308950", "307010"])
        v.update(needle: "", sort: ListOrder(.due), selectedID: nil)
        #expect(ids(v) == ["307010", "308950", "308976", "309011", "309010", "309012"])
        v.update(needle: "", sort: ListOrder(.status), selectedID: nil)
        #expect(ids(v) == ["309011", "307010", "309012", "309010", "308976", "308950"])
        v.update(needle: "", sort: ListOrder(.total), selectedID: nil)
        #expect(ids(v) == ["307010", "309011", "309012", "308950", "308976", "309010"])
        #expect(ListOrder(InvoiceSort.total).next == ListOrder(.date) && ListOrder(InvoiceSort.date).next == ListOrder(.due))
    }

    @Test func overdueIsDerivedFromTodayAndFoundByTheWord() {
        let v = visible(needle: "overdue")
        #expect(ids(v) == ["309011"])
        let all = visible()
        #expect(all.isOverdue(row: 1) && !all.isOverdue(row: 0))
        var noToday = VisibleInvoices()
        noToday.reload(InvoiceFixtures.invoices, today: nil, needle: "overdue", sort: ListOrder(.date), selectedID: nil)
        #expect(noToday.count == 0)
    }

    @Test func aListPreparedOffTheUIThreadGivesTheSameListAsOnePreparedOnIt() {
        let all = InvoiceFixtures.many(500)
        for sort in InvoiceSort.allCases {
            var onThread = VisibleInvoices(), ready = VisibleInvoices()
            onThread.reload(all, today: InvoiceFixtures.today, needle: "2025", sort: ListOrder(sort), selectedID: all[7].id)
            ready.reload(all, today: InvoiceFixtures.today, ready: PreparedInvoices(all, today: InvoiceFixtures.today),
                         needle: "2025", sort: ListOrder(sort), selectedID: all[7].id)
            #expect(ready == onThread)
            #expect(ready.count > 0 && ready.count < all.count)
        }
    }

    @Test func aListPreparedForAnotherDayIsPreparedAgain() {
        let stale = PreparedInvoices(InvoiceFixtures.invoices, today: nil)   // nothing overdue
        var v = VisibleInvoices()
        v.reload(InvoiceFixtures.invoices, today: InvoiceFixtures.today, ready: stale, needle: "overdue", sort: ListOrder(.date), selectedID: nil)
        #expect(ids(v) == ["309011"])
        let shorter = PreparedInvoices(Array(InvoiceFixtures.invoices.prefix(2)), today: InvoiceFixtures.today)
        v.reload(InvoiceFixtures.invoices, today: InvoiceFixtures.today, ready: shorter, needle: "", sort: ListOrder(.date), selectedID: nil)
        #expect(v.totalCount == InvoiceFixtures.invoices.count)
    }

    @Test func theFilterMatchesAnyColumnCaseInsensitively() {
        #expect(ids(visible(needle: "unpaid")) == ["309010", "309011", "309012"])
        #expect(ids(visible(needle: "eur")) == ["309012"])
        #expect(ids(visible(needle: "2026-10-20")) == ["308976"])
        #expect(ids(visible(needle: "38.72")) == ["309011"])
        #expect(ids(visible(needle: "2026/3089")) == ["308976", "308950"])
        #expect(visible(needle: "nothing like it").count == 0)
    }

    @Test func typingNarrowsAndBackspaceWidensAgain() {
        var v = visible()
        for needle in ["u", "un", "unp"] { v.update(needle: needle, sort: ListOrder(.date), selectedID: nil) }
        #expect(ids(v) == ["309010", "309011", "309012"])
        v.update(needle: "un", sort: ListOrder(.date), selectedID: nil)
        #expect(ids(v) == ["309010", "309011", "309012"])
        v.update(needle: "", sort: ListOrder(.date), selectedID: nil)
        #expect(v.count == 6)
    }

    @Test func theOwedSummaryFollowsTheShownRowsPerCurrency() {
        // Unpaid and in collections: what the header's Due adds up (collections' 49.90 included).
        let v = visible()
        #expect(v.unpaid.count == 4)
        #expect(v.unpaid.totals == [CurrencyAmount(currency: "USD", amount: Decimal(string: "95.61")!),
                                    CurrencyAmount(currency: "EUR", amount: Decimal(string: "14.37")!)])
        #expect(v.unpaid.totals.map { $0.text(.en) } == ["95.61 USD", "14.37 EUR"])
        #expect(v.unpaid.totals.map { $0.text(.de) } == ["95,61 USD", "14,37 €"])
        var filtered = v
        filtered.update(needle: "309010", sort: ListOrder(.date), selectedID: nil)
        #expect(filtered.unpaid == UnpaidSummary(count: 1, totals: [CurrencyAmount(currency: "USD", amount: Decimal(string: "6.99")!)]))
        filtered.update(needle: "paid", sort: ListOrder(.date), selectedID: nil)
        #expect(filtered.unpaid.count == 3)
        filtered.update(needle: "cancelled", sort: ListOrder(.date), selectedID: nil)
        #expect(filtered.unpaid == UnpaidSummary())
    }

    @Test func theSelectionFollowsItsInvoiceThroughSortAndFilter() {
        var v = visible(selected: "308976")
        #expect(v.selected == 2)
        v.update(needle: "", sort: ListOrder(.total), selectedID: "308976")
        #expect(v.selected == 4)
        v.update(needle: "unpaid", sort: ListOrder(.total), selectedID: "308976")
        #expect(v.selected == nil)
        v.update(needle: "", sort: ListOrder(.total), selectedID: "308976")
        #expect(v.selected == 4)
        v.select(0)
        #expect(v.selected == 0)
    }

    @Test func columnWidthsComeFromAllRows() {
        var v = visible()
        #expect(v.numberWidth == 11 && v.totalWidth == 5)
        v.update(needle: "309010", sort: ListOrder(.date), selectedID: nil)
        #expect(v.totalWidth == 5)
    }

    @Test func aHundredThousandInvoicesFilterToTheSameRowsAsAPlainScan() async {
        let (before, rows, expected) = await onOwnThread {
            let all = InvoiceFixtures.many(100_000)
            var v = VisibleInvoices()
            v.reload(all, today: InvoiceFixtures.today, needle: "", sort: ListOrder(.date), selectedID: nil)
            let before = (v.count, v.totalCount)
            v.update(needle: "2023/7/", sort: ListOrder(.date), selectedID: nil)
            return (before, v.rows, Set(all.indices.filter { all[$0].number.value.lowercased().contains("2023/7/") }))
        }
        #expect(before == (100_000, 100_000))
        #expect(Set(rows) == expected && !expected.isEmpty)
        #expect(rows.count == expected.count)
    }
}
