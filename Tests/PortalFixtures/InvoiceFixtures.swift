import Foundation
import PortalAPI

/// Invoices and invoice details shared by the store and view tests.
public enum InvoiceFixtures {
    public static func invoice(_ id: String, number: String? = nil, status: String = "Paid", date: String = "2026-11-01",
                               due: String = "2026-11-15", paid: String = "0000-00-00", total: String = "9.99",
                               currency: String = "USD") -> InvoiceSummary {
        InvoiceSummary(json: Fixtures.json("""
        {"id":"\(id)","number":"\(number ?? "2026/\(id)")","status":"\(status)","date":"\(date)","duedate":"\(due)",
         "datepaid":"\(paid)","total":"\(total)","currency":"\(currency)"}
        """))
    }

    /// Today in the list tests: 309010 is due later, 309011 is overdue, 309012 is unpaid in EUR.
    public static let today = APIDate("2026-11-20")

    public static let invoices: [InvoiceSummary] = [
        invoice("309010", status: "Unpaid", date: "2026-11-15", due: "2026-12-15", total: "6.99"),
        invoice("309011", status: "Unpaid", date: "2026-11-01", due: "2026-11-10", total: "38.72"),
        invoice("309012", status: "Unpaid", date: "2026-10-01", due: "2026-12-31", total: "14.37", currency: "EUR"),
        invoice("308976", status: "Paid", date: "2026-10-15", due: "2026-10-29", paid: "2026-10-20", total: "7.54"),
        invoice("308950", status: "Cancelled", date: "2026-09-01", due: "2026-09-15", total: "14.37"),
        invoice("307010", status: "Collections", date: "2025-02-14", due: "2025-02-28", total: "49.90"),
    ]

    /// `count` invoices with a spread of statuses, dates and totals, the same on every call.
    public static func many(_ count: Int) -> [InvoiceSummary] {
        let statuses = ["Paid", "Paid", "Unpaid", "Cancelled", "Refunded", "Paid", "Collections"]
        return (0..<count).map { n in
            let month = n % 12 + 1, day = n % 28 + 1
            return invoice(String(100_000 + n), number: "\(2020 + n % 7)/\(month)/\(n)", status: statuses[n % statuses.count],
                           date: String(format: "%04d-%02d-%02d", 2020 + n % 7, month, day),
                           due: String(format: "%04d-%02d-%02d", 2020 + n % 7, month, min(28, day + 14)),
                           total: "\(n % 500).\(String(format: "%02d", n % 100))")
        }
    }

    public static func detail(_ json: String) -> InvoiceDetail { InvoiceDetail(json: Fixtures.json(json)) }
}
