import ArgumentParser
import FoundationEssentials
import PortalAPI

struct InvoicesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoices", abstract: "List invoices.",
        discussion: "The table ends with the number of unpaid invoices and their total per currency. With --json, "
            + "the same total is: pio invoices --status unpaid --json | jq 'map(.total) | add'.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: ScriptOptions
    @Option(name: .long, help: ArgumentHelp("Only invoices with these statuses, comma-separated: \(InvoiceStatusFilter.names).",
                                            valueName: "STATUS"))
    var status: InvoiceStatusFilter?

    func run() async throws {
        let filter = status
        try await ScriptRunner.run(connection, options) { client in
            let list = try await client.invoices().filter { filter?.matches($0.status) ?? true }
            var t = Table(headers: ["ID", "NUMBER", "STATUS", "DATE", "DUE", "PAID", "TOTAL", "CURRENCY"], rightAligned: [6])
            t.rows = list.map { [$0.id, Format.text($0.number), $0.status.label, Format.date($0.date), Format.date($0.dueDate),
                                 Format.date($0.paidDate), Format.money($0.total), $0.currency.value] }
            let table = list.isEmpty ? t.rendered : t.rendered + "\n" + InvoicesCommand.unpaidLine(list) + "\n"
            return ScriptOutput(json: .array(list.map(InvoicesCommand.json)), table: table)
        }
    }

    /// "3 unpaid: 45.71 USD, 14.37 EUR" (invoice totals, in the order the currencies first appear).
    static func unpaidLine(_ list: [InvoiceSummary]) -> String {
        var totals: [(String, Decimal)] = []
        for i in list where i.status == .unpaid {
            if let k = totals.firstIndex(where: { $0.0 == i.currency.value }) { totals[k].1 += i.total }
            else { totals.append((i.currency.value, i.total)) }
        }
        let count = list.count(where: { $0.status == .unpaid })
        guard count > 0 else { return "0 unpaid" }
        return "\(count) unpaid: " + totals.map { Format.money($0.1) + " " + $0.0 }.joined(separator: ", ")
    }

    static func json(_ i: InvoiceSummary) -> JSONValue {
        .object(["id": .string(i.id), "number": .text(i.number), "status": .string(i.status.label), "date": .date(i.date),
                 "due_date": .date(i.dueDate), "paid_date": .date(i.paidDate), "total": .money(i.total), "currency": .text(i.currency)])
    }
}

/// `--status unpaid,collections`: the invoice statuses to keep, checked before anything is sent.
struct InvoiceStatusFilter: ExpressibleByArgument, Sendable {
    static let known: [String: InvoiceStatus] = [
        "paid": .paid, "unpaid": .unpaid, "cancelled": .cancelled, "refunded": .refunded,
        "collections": .collections, "draft": .draft, "creditnote": .creditNote,
    ]
    static let names = "paid, unpaid, cancelled, refunded, collections, draft, creditnote"
    let statuses: [InvoiceStatus]

    init?(argument: String) {
        var statuses: [InvoiceStatus] = []
        for word in argument.split(separator: ",") {
            guard let s = Self.known[word.trimmingWhitespace().lowercased()] else { return nil }
            statuses.append(s)
        }
        guard !statuses.isEmpty else { return nil }
        self.statuses = statuses
    }

    func matches(_ status: InvoiceStatus) -> Bool { statuses.contains(status) }

    static var defaultCompletionKind: CompletionKind { .list(known.keys.sorted()) }
}
