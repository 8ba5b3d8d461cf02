import FoundationEssentials
import PortalAPI

/// The invoices list's derived order and footer figures. Built once per load (keys, search text,
/// widths), re-sorted by `s`, re-filtered per keystroke over the prepared index; moving the
/// selection costs O(1) and no row is formatted until it is drawn.
public struct VisibleInvoices: ListRows {
    public private(set) var index = PreparedIndex<ListOrder<InvoiceSort>>(sort: ListOrder(.date))
    private var prepared = PreparedInvoices([], today: nil)
    /// The owed invoices (unpaid or in collections) among the shown rows.
    public private(set) var unpaid = UnpaidSummary()

    public init() {}

    /// Row positions (in the loaded array) in display order.
    public var rows: [Int] { index.shown }
    public var count: Int { index.shown.count }
    public var totalCount: Int { prepared.rowCount }
    public var sort: ListOrder<InvoiceSort> { index.sort }
    /// Position in `rows` of the selected invoice, if it is shown.
    public var selected: Int? { index.selected }
    /// The widest invoice number and formatted total among all rows, in terminal columns, so the
    /// columns stay put while filtering.
    public var numberWidth: Int { prepared.numberWidth }
    public var totalWidth: Int { prepared.totalWidth }
    /// The currencies the loaded invoices carry, each once, in the order they first appear.
    public var currencies: [String] { prepared.currencies }

    public func id(at position: Int) -> String? { prepared.ids[index.shown[position]] }

    /// True when the invoice at `row` is unpaid and past its due date (as of the load's `today`).
    public func isOverdue(row: Int) -> Bool { prepared.keys[row].rank == 0 }

    /// New invoices: everything is rebuilt, from `ready` when it was prepared from `all` for `today`.
    public mutating func reload(_ all: [InvoiceSummary], today: APIDate?, ready: PreparedInvoices? = nil,
                                needle: String, sort: ListOrder<InvoiceSort>, selectedID: String?) {
        if let ready, ready.today == today, ready.rowCount == all.count {
            prepared = ready
        } else {
            prepared = PreparedInvoices(all, today: today)
        }
        index.load(text: prepared.text, sort: sort, sorted: sort.apply(prepared.order(sort.column)), needle: needle,
                   selectedRow: selectedID.flatMap { prepared.rowOfID[$0] })
        summarise()
    }

    /// A new sort or filter text; does nothing when both are the ones applied.
    public mutating func update(needle: String, sort: ListOrder<InvoiceSort>, selectedID: String?) {
        let row = selectedID.flatMap { prepared.rowOfID[$0] }
        if sort != index.sort {
            index.resort(sort, sorted: sort.apply(prepared.order(sort.column)), selectedRow: row)
            index.filter(needle, selectedRow: row)
        } else if needle != index.needle {
            index.filter(needle, selectedRow: row)
        } else {
            return
        }
        summarise()
    }

    /// Points the selection at the invoice with `id` (nil when it is not shown).
    public mutating func locate(_ id: String?) { index.locate(id.flatMap { prepared.rowOfID[$0] }) }

    /// Selects the shown row at `position` (a valid index of `rows`).
    public mutating func select(_ position: Int) { index.select(position) }

    private mutating func summarise() {
        let keys = prepared.keys, currencyOf = prepared.currencyOf, currencies = prepared.currencies
        var units = Array(repeating: Int64(0), count: currencies.count)
        var count = 0
        for row in index.shown where keys[row].isOwed {
            count += 1
            units[currencyOf[row]] += keys[row].totalUnits
        }
        unpaid = UnpaidSummary(count: count, totals: currencies.indices.compactMap { c in
            guard units[c] != 0 else { return nil }
            return CurrencyAmount(currency: currencies[c], amount: Decimal(units[c]) / Decimal(InvoiceKeys.unitsPerCurrencyUnit))
        })
    }
}

/// The owed invoices of a list (unpaid or in collections): how many, and their totals in each currency.
public struct UnpaidSummary: Sendable, Equatable {
    public var count = 0
    public var totals: [CurrencyAmount] = []
    public init(count: Int = 0, totals: [CurrencyAmount] = []) { self.count = count; self.totals = totals }
}

public struct CurrencyAmount: Sendable, Equatable {
    public let currency: String
    public let amount: Decimal
    public init(currency: String, amount: Decimal) { self.currency = currency; self.amount = amount }

    /// "55.08 USD", "1200 JPY"; "55,08 €" in German.
    public func text(_ locale: MoneyLocale) -> String { Money.text(amount, currency: currency, locale: locale) }
}
