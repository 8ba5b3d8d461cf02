import FoundationEssentials
import PortalAPI

/// An invoice laid out as the rows of its pane at one width: header fields, the client block, the
/// line items (descriptions wrapped in their column, numbers aligned), then the totals. The store
/// scrolls by these rows and the view draws them, so both agree on how long the document is.
public struct InvoiceDocument: Sendable, Equatable {
    public enum Emphasis: Sendable, Equatable { case normal, dim, unpaid, overdue, paid }

    public enum Row: Sendable, Equatable {
        case title(String)
        /// A field, and on wide screens a field of the client block beside it (at `sideColumn`).
        case field(Field, beside: Field?)
        case blank
        case itemsHeader
        /// The numbers are nil on a description's continuation lines; `amount` is nil when the
        /// column is left out for lack of width.
        case item(description: String, quantity: String?, amount: String?, lineTotal: String?)
        case total(label: String, value: String, strong: Bool)
    }

    /// Widths of the line-items columns, in terminal columns.
    public struct Columns: Sendable, Equatable {
        public var description: Int
        public var quantity: Int
        public var amount: Int
        public var lineTotal: Int
        public var showsAmount: Bool
        /// Room after the line-total column for the currency on the total lines (" USD").
        public var suffix: Int
        public static let gap = 2
    }

    /// `label` is empty on a field's continuation lines.
    public struct Field: Sendable, Equatable {
        public var label: String
        public var value: String
        public var emphasis: Emphasis
        public init(_ label: String, _ value: String, _ emphasis: Emphasis = .normal) {
            self.label = label; self.value = value; self.emphasis = emphasis
        }
    }

    public static let labelWidth = 10
    public static let margin = 2
    /// On wide terminals the invoice keeps a readable width instead of spreading numbers far from
    /// their descriptions.
    public static let maxContentWidth = 100
    /// Content at least this wide shows the client block beside the invoice's fields.
    public static let sideBySideWidth = 76

    public let rows: [Row]
    public let columns: Columns
    /// Offset from the content's left edge of the client block when it is beside the fields; nil when below.
    public let sideColumn: Int?

    public init(_ d: InvoiceDetail, width: Int, today: APIDate?, locale: MoneyLocale = .en) {
        let currency = d.currency.value
        // Amounts bare in their columns; the currency follows the strong totals (`suffix`).
        func money(_ x: Decimal) -> String { Money.text(x, currency: currency, locale: locale, withCurrency: false) }
        let content = max(10, min(Self.maxContentWidth, width - 2 * Self.margin))
        var rows: [Row] = [.title("Invoice \(d.number.value)" + (d.number.value == d.id ? "" : " (#\(d.id))"))]

        let overdue = Self.isOverdue(d, today: today)
        let statusText = Self.statusText(d, today: today)
        var fields = [Field("Status", statusText, overdue ? .overdue : Self.emphasis(d.status)),
                      Field("Date", d.date?.dateString ?? "—"),
                      Field("Due", d.dueDate?.dateString ?? "—", overdue ? .overdue : .normal)]
        if let paid = d.paidDate { fields.append(Field("Paid", paid.dateString)) }
        fields.append(Field("Currency", currency.isEmpty ? "not given by the server" : currency))
        let side = content >= Self.sideBySideWidth ? min(content / 2, Self.labelWidth + 26) : nil
        var clientFields: [Field] = []
        if let client = d.client {
            let lines = ([client.name, client.company] + client.address).filter { !$0.isEmpty }.map(\.value)
            clientFields = Self.fields("Bill to", lines: lines, width: (side.map { content - $0 } ?? content) - Self.labelWidth)
        }
        if side != nil {
            for n in 0..<max(fields.count, clientFields.count) {
                rows.append(.field(n < fields.count ? fields[n] : Field("", ""), beside: n < clientFields.count ? clientFields[n] : nil))
            }
        } else {
            rows += (fields + clientFields).map { .field($0, beside: nil) }
        }
        sideColumn = side
        rows.append(.blank)

        let quantities = d.items.map { Self.quantity($0.quantity) }
        let amounts = d.items.map { money($0.amount) }
        let totals = d.items.map { money($0.lineTotal) }
        let totalsRows: [(String, String, Bool)] = Self.totals(d, money: money)
        func widest(_ values: [String], _ title: String) -> Int { max(TextWidth.of(title), values.map { TextWidth.of($0) }.max() ?? 0) }
        let lineTotalWidth = max(widest(totals, "Total"), totalsRows.map { TextWidth.of($0.1) }.max() ?? 0)
        var columns = Columns(description: 0, quantity: widest(quantities, "Qty"), amount: widest(amounts, "Amount"),
                              lineTotal: lineTotalWidth, showsAmount: true,
                              suffix: currency.isEmpty ? 0 : 1 + TextWidth.of(Money.symbol(currency, locale: locale)))
        func descriptionWidth(_ c: Columns) -> Int {
            content - c.quantity - c.lineTotal - c.suffix - 2 * Columns.gap - (c.showsAmount ? c.amount + Columns.gap : 0)
        }
        if descriptionWidth(columns) < 16 { columns.showsAmount = false }
        columns.description = max(6, descriptionWidth(columns))
        self.columns = columns

        rows.append(.itemsHeader)
        for (n, item) in d.items.enumerated() {
            let source = item.description.lines.isEmpty ? ["—"] : item.description.lines
            let lines = source.flatMap { TextWrap.lines($0, width: columns.description) }
            for (k, line) in lines.enumerated() {
                rows.append(k == 0 ? .item(description: line, quantity: quantities[n], amount: columns.showsAmount ? amounts[n] : nil,
                                           lineTotal: totals[n])
                                   : .item(description: line, quantity: nil, amount: nil, lineTotal: nil))
            }
        }
        rows.append(.blank)
        rows += totalsRows.map { .total(label: $0.0, value: $0.1, strong: $0.2) }
        if !d.notes.isEmpty {
            rows.append(.blank)
            rows += Self.fields("Notes", lines: d.notes.lines, width: content - Self.labelWidth).map { .field($0, beside: nil) }
        }
        self.rows = rows
    }

    /// Subtotal, credit, each tax with its rate, total, and what is left to pay on an unpaid invoice;
    /// the strong ones (total, amount due) are drawn with the currency after them.
    static func totals(_ d: InvoiceDetail, money: (Decimal) -> String) -> [(String, String, Bool)] {
        var rows: [(String, String, Bool)] = [("Subtotal", money(d.subtotal), false), ("Credit", money(d.credit), false)]
        if d.tax != 0 || d.taxRate != 0 { rows.append(("Tax \(Self.rate(d.taxRate))", money(d.tax), false)) }
        if d.tax2 != 0 || d.taxRate2 != 0 { rows.append(("Tax \(Self.rate(d.taxRate2))", money(d.tax2), false)) }
        rows.append(("Total", money(d.total), true))
        if d.status.isOwed || d.amountDue != 0 { rows.append(("Amount due", money(d.amountDue), true)) }
        return rows
    }

    /// Unpaid and past its due date on `today`.
    public static func isOverdue(_ d: InvoiceDetail, today: APIDate?) -> Bool {
        InvoiceKeys.isOverdue(status: d.status, due: d.dueDate, today: today)
    }

    /// The status as the pane and `pio invoice` write it: "Unpaid, OVERDUE" when it is late.
    public static func statusText(_ d: InvoiceDetail, today: APIDate?) -> String {
        isOverdue(d, today: today) ? "Unpaid, OVERDUE" : d.status.label
    }

    /// "21%", "19.5%"
    static func rate(_ r: Decimal) -> String { r.description + "%" }

    /// "1", "2", "1.5"
    static func quantity(_ q: Decimal) -> String { q.description }

    static func fields(_ label: String, lines: [String], width: Int) -> [Field] {
        lines.flatMap { TextWrap.lines($0, width: max(1, width)) }.enumerated().map { n, line in Field(n == 0 ? label : "", line) }
    }

    static func emphasis(_ s: InvoiceStatus) -> Emphasis {
        switch s {
        case .unpaid, .collections: return .unpaid
        case .paid: return .paid
        case .cancelled, .refunded: return .dim
        default: return .normal
        }
    }
}
