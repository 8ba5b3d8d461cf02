import FoundationEssentials
import PortalAPI

/// What the invoices list filters, sorts and totals by, computed once per load for each invoice.
/// Plain values only, so reading one costs no reference counting; the search text goes straight
/// into the prepared index.
struct InvoiceKeys: Sendable, Equatable {
    /// `yyyymmdd`, 0 when the server sent no date.
    let date: Int
    let due: Int
    let numericID: Int?
    let rank: Int
    /// Unpaid or in collections (`InvoiceStatus.isOwed`).
    let isOwed: Bool
    let numberWidth: Int
    let totalWidth: Int
    /// The total in ten-thousandths of the currency unit, for sorting and summing without `Decimal`.
    let totalUnits: Int64

    static let unitsPerCurrencyUnit: Int64 = 10_000

    /// The keys, and the text the invoice is found by: every column joined by a separator no typed
    /// text contains; overdue invoices are also found by "overdue".
    static func make(_ i: InvoiceSummary, today: APIDate?) -> (InvoiceKeys, search: String) {
        let overdue = isOverdue(i, today: today)
        let total = Money.format(i.total, currency: i.currency.value)
        let search = [i.id, i.number.value, i.status.label, overdue ? "overdue" : "", i.date?.dateString ?? "",
                      i.dueDate?.dateString ?? "", i.paidDate?.dateString ?? "", total, i.currency.value]
            .joined(separator: "\u{1F}")
        return (InvoiceKeys(i, overdue: overdue, totalWidth: Money.widestWidth(plain: total)), search)
    }

    private init(_ i: InvoiceSummary, overdue: Bool, totalWidth: Int) {
        date = InvoiceKeys.day(i.date)
        due = InvoiceKeys.day(i.dueDate)
        numericID = Int(i.id)
        rank = overdue ? 0 : i.status.attentionRank
        isOwed = i.status.isOwed
        totalUnits = InvoiceKeys.units(i.total)
        numberWidth = TextWidth.of(i.number.value)
        self.totalWidth = totalWidth
    }

    /// Unpaid and due before `today`.
    static func isOverdue(_ i: InvoiceSummary, today: APIDate?) -> Bool {
        isOverdue(status: i.status, due: i.dueDate, today: today)
    }

    static func isOverdue(status: InvoiceStatus, due: APIDate?, today: APIDate?) -> Bool {
        guard status == .unpaid, let today, let due else { return false }
        return day(due) < day(today)
    }

    static func day(_ d: APIDate?) -> Int { d.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? 0 }

    static func units(_ amount: Decimal) -> Int64 {
        amount.scaledInteger(shift: 4, rounding: true) ?? (amount < 0 ? .min : .max)   // 4: log10(unitsPerCurrencyUnit)
    }
}

extension InvoiceStatus {
    /// Attention first: collections, unpaid (overdue ranks above, see `InvoiceKeys`), drafts, then settled.
    var attentionRank: Int {
        switch self {
        case .collections: return 1
        case .unpaid: return 2
        case .draft: return 3
        case .other: return 4
        case .paid: return 5
        case .creditNote: return 6
        case .refunded: return 7
        case .cancelled: return 8
        }
    }
}
