import ArgumentParser
import PortalAPI
import PortalStore

struct InvoiceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "invoice", abstract: "Show one invoice with its items.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: ScriptOptions
    /// What `--json FIELDS` may select.
    static let jsonFields = ["id", "number", "status", "overdue", "date", "due_date", "paid_date", "subtotal", "credit", "tax",
                             "tax_rate", "tax2", "tax_rate2", "total", "amount_due", "currency", "notes", "client", "items"]
    @Argument(help: "Invoice id (the ID column of `pio invoices`).", completion: .custom(Completions.invoices)) var id: String

    func run() async throws {
        let id = self.id
        try await ScriptRunner.run(connection, options, fields: Self.jsonFields) { client in
            let i = try await client.invoice(id: id)
            var f = Fields()
            f.add("Invoice", "\(Format.text(i.number)) (id \(i.id))")
            f.add("Status", InvoiceDocument.statusText(i, today: APIDate.today()))
            f.add("Date", Format.date(i.date))
            f.add("Due", Format.date(i.dueDate))
            f.add("Paid", Format.date(i.paidDate))
            let c = i.currency.value
            if c.isEmpty { f.add("Currency", "not given by the server") }
            f.add("Subtotal", Format.money(i.subtotal, c))
            f.add("Credit", Format.money(i.credit, c))
            f.add("Tax", Format.money(i.tax, c) + " (\(i.taxRate.description)%)")
            if i.tax2 != 0 || i.taxRate2 != 0 { f.add("Tax 2", Format.money(i.tax2, c) + " (\(i.taxRate2.description)%)") }
            f.add("Total", Format.money(i.total, c))
            f.add("Amount due", Format.money(i.amountDue, c))
            if !i.notes.isEmpty { f.add("Notes", i.notes.value) }
            if let c = i.client { f.add("Bill to", lines: InvoiceCommand.clientLines(c)) }
            var t = Table(headers: ["DESCRIPTION", "QTY", "AMOUNT", "LINE TOTAL"], rightAligned: [1, 2, 3])
            t.rows = i.items.map { [$0.description.value, $0.quantity.description, Format.money($0.amount, c), Format.money($0.lineTotal, c)] }
            return ScriptOutput(json: InvoiceCommand.json(i, overdue: InvoiceDocument.isOverdue(i, today: APIDate.today())),
                                table: f.rendered + "\n" + t.rendered)
        }
    }

    static func json(_ i: InvoiceDetail, overdue: Bool) -> JSONValue {
        .object([
            "id": .string(i.id), "number": .text(i.number), "status": .string(i.status.label), "overdue": .bool(overdue),
            "date": .date(i.date),
            "due_date": .date(i.dueDate), "paid_date": .date(i.paidDate), "subtotal": .money(i.subtotal), "credit": .money(i.credit),
            "tax": .money(i.tax), "tax_rate": .money(i.taxRate), "tax2": .money(i.tax2), "tax_rate2": .money(i.taxRate2),
            "total": .money(i.total), "amount_due": .money(i.amountDue), "currency": .text(i.currency), "notes": .text(i.notes),
            "client": i.client.map(clientJSON) ?? .null,
            "items": .array(i.items.map { item in
                .object(["id": .string(item.id), "type": .text(item.type), "description": .text(item.description),
                         "quantity": .money(item.quantity), "amount": .money(item.amount), "line_total": .money(item.lineTotal),
                         "taxed": .bool(item.taxed)])
            }),
        ])
    }

    /// The billed client's name, company and address, one line each, as on the printed invoice.
    static func clientLines(_ c: InvoiceClient) -> [String] {
        ([c.name, c.company] + c.address).filter { !$0.isEmpty }.map(\.value)
    }

    static func clientJSON(_ c: InvoiceClient) -> JSONValue {
        .object(["name": .text(c.name), "company": .text(c.company), "email": .text(c.email),
                 "address": .array(c.street.map { .text($0) }), "country": .text(c.country)])
    }
}
