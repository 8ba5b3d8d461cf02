import ArgumentParser
import PortalAPI

struct ServicesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "services", abstract: "List services.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: ScriptOptions
    /// What `--json FIELDS` may select.
    static let jsonFields = ["id", "domain", "label", "product", "status", "billing_cycle", "next_due", "total", "category"]

    func run() async throws {
        try await ScriptRunner.run(connection, options, fields: Self.jsonFields, completing: .services) { client in
            async let currency = AccountCurrencyLookup.tableCode(client, options)
            let list = try await client.services()
            var t = Table(headers: ["ID", "DOMAIN", "LABEL", "PRODUCT", "STATUS", "CYCLE", "NEXT DUE",
                                    AccountCurrencyLookup.title("TOTAL", await currency)], rightAligned: [7])
            t.rows = list.map { [$0.id, Format.text($0.domain), Format.text($0.label), Format.text($0.product), $0.status.label,
                                 $0.billingCycle.label, Format.date($0.nextDue), Format.money($0.total)] }
            return ScriptOutput(json: .array(list.map(ServicesCommand.json)), table: t.rendered)
        }
    }

    static func json(_ s: ServiceSummary) -> JSONValue {
        .object(["id": .string(s.id), "domain": .text(s.domain), "product": .text(s.product), "status": .string(s.status.label),
                 "billing_cycle": .string(s.billingCycle.label), "next_due": .date(s.nextDue), "total": .money(s.total),
                 "category": .text(s.category), "label": .text(s.label)])
    }
}
