import ArgumentParser
import FoundationEssentials
import PortalAPI
import PortalStore

struct InvoicesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoices", abstract: "List invoices.",
        discussion: "In the portal's order (newest first) with its status words: an unpaid invoice past its due date is Overdue. "
            + "The table ends with the invoices to pay (unpaid and in collections) and their total per currency. With --json, "
            + "the same total is: pio invoices --status unpaid,collections --json | jq 'map(.total) | add'.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: ScriptOptions
    /// What `--json FIELDS` may select.
    static let jsonFields = ["id", "number", "status", "overdue", "date", "due_date", "paid_date", "total", "currency"]
    @Option(name: .long, help: ArgumentHelp("Only invoices with these statuses, comma-separated: \(InvoiceStatusFilter.names).",
                                            valueName: "STATUS"))
    var status: InvoiceStatusFilter?

    func run() async throws {
        let filter = status
        try await ScriptRunner.run(connection, options, fields: Self.jsonFields, completing: .invoices) { client in
            let today = APIDate.today()
            let all = try await client.invoices()
            // The pane's order and overdue rule (`VisibleInvoices`), so both list the same rows alike.
            var order = VisibleInvoices()
            order.reload(all, today: today, needle: "", sort: ListOrder(.date), selectedID: nil)
            let rows = order.rows.filter { filter?.matches(all[$0].status, overdue: order.isOverdue(row: $0)) ?? true }
            let list = rows.map { all[$0] }
            var t = Table(headers: ["ID", "NUMBER", "STATUS", "DATE", "DUE", "PAID", "TOTAL", "CURRENCY"], rightAligned: [6])
            t.rows = rows.map { row in
                let i = all[row]
                return [i.id, Format.text(i.number), InvoicesCommand.statusWord(i.status, overdue: order.isOverdue(row: row)),
                        Format.date(i.date), Format.date(i.dueDate), Format.date(i.paidDate),
                        Money.text(i.total, currency: i.currency.value, locale: Format.locale, withCurrency: false), i.currency.value]
            }
            let table = list.isEmpty ? t.rendered : t.rendered + "\n" + InvoicesCommand.owedLine(list) + "\n"
            return ScriptOutput(json: .array(rows.map { InvoicesCommand.json(all[$0], overdue: order.isOverdue(row: $0)) }), table: table)
        }
    }

    /// The pane's word: Overdue for an unpaid invoice past its due date, else the status.
    static func statusWord(_ status: InvoiceStatus, overdue: Bool) -> String { overdue ? "Overdue" : status.label }

    /// "4 to pay: 109.98 USD, 14.37 EUR" (unpaid and collections totals, in the order the currencies
    /// first appear), as the portal's invoices footer says it.
    static func owedLine(_ list: [InvoiceSummary]) -> String {
        var totals: [(String, Decimal)] = []
        for i in list where i.status.isOwed {
            if let k = totals.firstIndex(where: { $0.0 == i.currency.value }) { totals[k].1 += i.total }
            else { totals.append((i.currency.value, i.total)) }
        }
        let count = list.count(where: { $0.status.isOwed })
        guard count > 0 else { return "none to pay" }
        return "\(count) to pay: " + totals.map { Format.money($0.1, $0.0) }.joined(separator: ", ")
    }

    static func json(_ i: InvoiceSummary, overdue: Bool) -> JSONValue {
        .object(["id": .string(i.id), "number": .text(i.number), "status": .string(i.status.label), "overdue": .bool(overdue),
                 "date": .date(i.date), "due_date": .date(i.dueDate), "paid_date": .date(i.paidDate), "total": .money(i.total),
                 "currency": .text(i.currency)])
    }
}

/// `--status unpaid,collections`: the invoice statuses to keep, checked before anything is sent.
struct InvoiceStatusFilter: ExpressibleByArgument, Sendable {
    /// `overdue`: unpaid and past its due date, as the portal marks it.
    static let overdue = "overdue"
    static let known: [String: InvoiceStatus] = [
        "paid": .paid, "unpaid": .unpaid, "cancelled": .cancelled, "refunded": .refunded,
        "collections": .collections, "draft": .draft, "creditnote": .creditNote,
    ]
    static let names = "paid, unpaid, overdue, cancelled, refunded, collections, draft, creditnote"
    let statuses: [InvoiceStatus]
    var overdue = false

    init?(argument: String) {
        var statuses: [InvoiceStatus] = []
        for word in argument.split(separator: ",") {
            let name = word.trimmingWhitespace().lowercased()
            if name == Self.overdue { overdue = true; continue }
            guard let s = Self.known[name] else { return nil }
            statuses.append(s)
        }
        guard !statuses.isEmpty || overdue else { return nil }
        self.statuses = statuses
    }

    /// `unpaid` keeps overdue invoices too (they are unpaid); `overdue` only those.
    func matches(_ status: InvoiceStatus, overdue isOverdue: Bool) -> Bool { statuses.contains(status) || (overdue && isOverdue) }

    static var defaultCompletionKind: CompletionKind { .list((Array(known.keys) + [overdue]).sorted()) }
}
