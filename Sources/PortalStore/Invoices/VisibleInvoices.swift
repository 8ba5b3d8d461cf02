import Foundation
import PortalAPI

/// The invoices list's derived order and footer figures. Built once per load (keys, search text,
/// widths), re-sorted by `s`, re-filtered per keystroke over the prepared index; moving the
/// selection costs O(1) and no row is formatted until it is drawn.
public struct VisibleInvoices: Sendable, Equatable {
    public private(set) var index = PreparedIndex<InvoiceSort>(sort: .date)
    private(set) var keys: [InvoiceKeys] = []
    private var ids: [String] = []
    private var rowOfID: [String: Int] = [:]
    /// Each row's currency as a position in `currencies`.
    private var currencyOf: [Int] = []
    private var currencies: [String] = []
    /// The unpaid invoices among the shown rows.
    public private(set) var unpaid = UnpaidSummary()
    /// The widest invoice number and formatted total among all rows, in terminal columns, so the
    /// columns stay put while filtering.
    public private(set) var numberWidth = 0
    public private(set) var totalWidth = 0

    public init() {}

    /// Row positions (in the loaded array) in display order.
    public var rows: [Int] { index.shown }
    public var count: Int { index.shown.count }
    public var totalCount: Int { keys.count }
    public var sort: InvoiceSort { index.sort }
    /// Position in `rows` of the selected invoice, if it is shown.
    public var selected: Int? { index.selected }

    /// True when the invoice at `row` is unpaid and past its due date (as of the load's `today`).
    public func isOverdue(row: Int) -> Bool { keys[row].rank == 0 }

    /// New invoices: everything is rebuilt.
    public mutating func reload(_ all: [InvoiceSummary], today: APIDate?, needle: String, sort: InvoiceSort, selectedID: String?) {
        var searchTexts: [String] = []
        searchTexts.reserveCapacity(all.count)
        keys = all.map { invoice in
            let (keys, search) = InvoiceKeys.make(invoice, today: today)
            searchTexts.append(search)
            return keys
        }
        ids = all.map(\.id)
        rowOfID = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var known: [String: Int] = [:]
        var names: [String] = []
        currencyOf = all.map { i in
            let c = i.currency.value
            if let k = known[c] { return k }
            known[c] = names.count
            names.append(c)
            return names.count - 1
        }
        currencies = names
        numberWidth = keys.lazy.map(\.numberWidth).max() ?? 0
        totalWidth = keys.lazy.map(\.totalWidth).max() ?? 0
        index.load(searchTexts: searchTexts, sort: sort, sorted: sort.order(keys, ids: ids),
                   needle: needle, selectedRow: selectedID.flatMap { rowOfID[$0] })
        summarise()
    }

    /// A new sort or filter text; does nothing when both are the ones applied.
    public mutating func update(needle: String, sort: InvoiceSort, selectedID: String?) {
        let row = selectedID.flatMap { rowOfID[$0] }
        if sort != index.sort {
            index.resort(sort, sorted: sort.order(keys, ids: ids), selectedRow: row)
            index.filter(needle, selectedRow: row)
        } else if needle != index.needle {
            index.filter(needle, selectedRow: row)
        } else {
            return
        }
        summarise()
    }

    /// Points the selection at the invoice with `id` (nil when it is not shown).
    public mutating func locate(_ id: String?) { index.locate(id.flatMap { rowOfID[$0] }) }

    /// Selects the shown row at `position` (a valid index of `rows`).
    public mutating func select(_ position: Int) { index.select(position) }

    private mutating func summarise() {
        var units = Array(repeating: Int64(0), count: currencies.count)
        var count = 0
        let keys = self.keys, currencyOf = self.currencyOf
        for row in index.shown where keys[row].isUnpaid {
            count += 1
            units[currencyOf[row]] += keys[row].totalUnits
        }
        unpaid = UnpaidSummary(count: count, totals: currencies.indices.compactMap { c in
            guard units[c] != 0 else { return nil }
            return CurrencyAmount(currency: currencies[c], amount: Decimal(units[c]) / Decimal(InvoiceKeys.unitsPerCurrencyUnit))
        })
    }
}

/// The unpaid invoices of a list: how many, and what they add up to in each currency.
public struct UnpaidSummary: Sendable, Equatable {
    public var count = 0
    public var totals: [CurrencyAmount] = []
    public init(count: Int = 0, totals: [CurrencyAmount] = []) { self.count = count; self.totals = totals }
}

public struct CurrencyAmount: Sendable, Equatable {
    public let currency: String
    public let amount: Decimal
    public init(currency: String, amount: Decimal) { self.currency = currency; self.amount = amount }

    /// "55.08 USD", "1200 JPY"
    public var text: String { Money.format(amount, currency: currency) + (currency.isEmpty ? "" : " " + currency) }
}
