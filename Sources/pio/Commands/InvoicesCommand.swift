import ArgumentParser
import PortalAPI

struct InvoicesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "invoices", abstract: "List invoices.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: ScriptOptions

    func run() async throws {
        try await ScriptRunner.run(connection, options) { client in
            let list = try await client.invoices()
            var t = Table(headers: ["ID", "NUMBER", "STATUS", "DATE", "DUE", "TOTAL", "CURRENCY"], rightAligned: [5])
            t.rows = list.map { [$0.id, Format.text($0.number), $0.status.label, Format.date($0.date), Format.date($0.dueDate),
                                 Format.money($0.total), $0.currency.value] }
            return ScriptOutput(json: .array(list.map(InvoicesCommand.json)), table: t.rendered)
        }
    }

    static func json(_ i: InvoiceSummary) -> JSONValue {
        .object(["id": .string(i.id), "number": .text(i.number), "status": .string(i.status.label), "date": .date(i.date),
                 "due_date": .date(i.dueDate), "paid_date": .date(i.paidDate), "total": .money(i.total), "currency": .text(i.currency)])
    }
}
