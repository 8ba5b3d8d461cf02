import Foundation

/// Everything that changes while the sandbox runs. Only touched inside `SandboxStore`'s mutex.
struct SandboxState: Sendable {
    var account: Account
    var services: [Service]
    var invoices: [Invoice]
    var catalogue: Catalogue
    var tokens = TokenBook()
    var nextServiceId: Int
    var nextInvoiceId: Int
    var nextInvoiceItemId: Int
    var nextOrderNumber: Int
    let shapes: ResponseShapes

    init(dataset: Dataset) {
        account = dataset.account
        services = dataset.services
        invoices = dataset.invoices
        catalogue = dataset.catalogue
        shapes = dataset.shapes
        nextServiceId = (dataset.services.map(\.id).max() ?? 300) + 1
        nextInvoiceId = (dataset.invoices.map(\.id).max() ?? 309000) + 1
        nextInvoiceItemId = (dataset.invoices.flatMap { $0.items.map(\.id) }.max() ?? 20000) + 1
        nextOrderNumber = 4_000_001
    }

    func serviceIndex(_ id: String) -> Int? {
        guard let n = Int(id) else { return nil }
        return services.firstIndex { $0.id == n }
    }

    func invoiceIndex(_ id: String) -> Int? {
        guard let n = Int(id) else { return nil }
        return invoices.firstIndex { $0.id == n }
    }

    /// HostBill's `acc_balance`: what is still owed on unpaid invoices.
    var accountBalance: Decimal {
        invoices.filter { $0.status == "Unpaid" || $0.status == "Collections" }.reduce(Decimal(0)) { $0 + $1.balance }
    }

    /// Adds an unpaid invoice with the given lines and returns its id.
    mutating func addInvoice(lines: [(type: String, itemId: Int, description: String, amount: Decimal)], today: String,
                             dueDays: Int = 7) -> Int {
        let id = nextInvoiceId
        nextInvoiceId += 1
        let items = lines.map { line -> Invoice.Item in
            defer { nextInvoiceItemId += 1 }
            return Invoice.Item(id: nextInvoiceItemId, type: line.type, itemId: line.itemId, description: line.description,
                                amount: Amount(line.amount), qty: Amount(1), taxed: false)
        }
        let sameMonth = invoices.filter { $0.number.hasPrefix(String(today.prefix(7)).replacingOccurrences(of: "-", with: "/")) }
        let number = String(today.prefix(7)).replacingOccurrences(of: "-", with: "/") + "/\(sameMonth.count + 1)"
        invoices.insert(Invoice(id: id, number: number, status: "Unpaid", date: today,
                                duedate: SandboxClock.day(offsetDays: dueDays), datepaid: nil, credit: Amount(0),
                                taxrate: Amount(0), notes: "", items: items), at: 0)
        return id
    }
}

enum SandboxClock {
    static func day(offsetDays: Int = 0, from now: Date = Date()) -> String {
        format(now.addingTimeInterval(Double(offsetDays) * 86_400), "yyyy-MM-dd")
    }

    static func timestamp(_ now: Date = Date()) -> String { format(now, "yyyy-MM-dd HH:mm:ss") }

    private static func format(_ date: Date, _ pattern: String) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = pattern
        return f.string(from: date)
    }
}
