import PortalAPI

/// Everything the invoices list sorts, filters and totals by, built from a list answer in one pass:
/// where it was decoded, off the UI thread, so taking 100,000 invoices costs the UI a filter pass.
/// Every sort order is computed here too, so `s` only swaps an order in.
public struct PreparedInvoices: Sendable, Equatable {
    /// The day overdue was judged against; the list is prepared again when the state's differs.
    public let today: APIDate?
    let keys: [InvoiceKeys]
    /// Each row's invoice id.
    let ids: [String]
    let rowOfID: [String: Int]
    /// Each row's currency as a position in `currencies`.
    let currencyOf: [Int]
    let currencies: [String]
    /// The widest invoice number and formatted total, in terminal columns.
    let numberWidth: Int
    let totalWidth: Int
    let text: PreparedText
    /// The rows in each sort's order.
    private let orders: [InvoiceSort: [Int]]

    public init(_ all: [InvoiceSummary], today: APIDate?) {
        self.today = today
        var searchTexts: [String] = []
        searchTexts.reserveCapacity(all.count)
        let keys = all.map { invoice in
            let (keys, search) = InvoiceKeys.make(invoice, today: today)
            searchTexts.append(search)
            return keys
        }
        let ids = all.map(\.id)
        self.ids = ids
        self.keys = keys
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
        text = PreparedText(searchTexts)
        orders = Dictionary(uniqueKeysWithValues: InvoiceSort.allCases.map { ($0, $0.order(keys, ids: ids)) })
    }

    public var rowCount: Int { keys.count }

    func order(_ sort: InvoiceSort) -> [Int] { orders[sort] ?? [] }   // every sort is in `orders`
}

/// A list answer and what was prepared from it (see `PreparedInvoices`).
public struct InvoiceList: Sendable, Equatable {
    public let rows: [InvoiceSummary]
    public let prepared: PreparedInvoices

    public init(_ rows: [InvoiceSummary], today: APIDate?) {
        self.rows = rows
        prepared = PreparedInvoices(rows, today: today)
    }
}
