import ArgumentParser
import PortalAPI

struct ServiceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "service", abstract: "Show one service and what can be done with it.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: ScriptOptions
    /// What `--json FIELDS` may select.
    static let jsonFields = ["id", "domain", "label", "product", "status", "billing_cycle", "created", "next_due",
                             "next_invoice", "first_payment", "total", "username", "password", "cancel_requested", "methods"]
    @Argument(help: "Service id (the ID column of `pio services`).", completion: .custom(Completions.services)) var id: String
    @Flag(name: .long, help: "Include the service's own password in the output.") var showPassword = false

    func run() async throws {
        let id = self.id, showPassword = self.showPassword
        try await ScriptRunner.run(connection, options, fields: Self.jsonFields) { client in
            async let currency = AccountCurrencyLookup.tableCode(client, options)
            let s = try await client.service(id: id)
            let methods = try await client.serviceMethods(id: id)
            var f = Fields()
            f.add("Service", "\(Format.text(s.product)) (id \(s.id))")
            f.add("Domain", Format.text(s.domain))
            f.add("Status", s.status.label)
            f.add("Label", Format.text(s.label))
            f.add("Cycle", s.billingCycle.label)
            f.add("Created", Format.date(s.created))
            f.add("Next due", Format.date(s.nextDue))
            f.add("Next invoice", Format.date(s.nextInvoice))
            f.add("Total", Format.money(s.total, await currency))
            if s.cancelRequested == true { f.add("Cancellation", "requested for the end of the billing period") }
            f.add("Username", Format.text(s.username))
            f.add("Password", showPassword ? Format.text(s.password) : (s.password.isEmpty ? "-" : "(hidden; --show-password)"))
            f.add("Actions", methods.isEmpty ? "-" : methods.map(\.name.value).joined(separator: ", "))
            var json: [String: JSONValue] = [
                "id": .string(s.id), "domain": .text(s.domain), "product": .text(s.product), "status": .string(s.status.label),
                "billing_cycle": .string(s.billingCycle.label), "created": .date(s.created), "next_due": .date(s.nextDue),
                "next_invoice": .date(s.nextInvoice), "first_payment": .money(s.firstPayment), "total": .money(s.total),
                "label": .text(s.label), "username": .text(s.username), "cancel_requested": s.cancelRequested.map { .bool($0) } ?? .null,
                "methods": .array(methods.map { .object(["name": .text($0.name), "method": .string($0.method), "route": .string($0.route)]) }),
            ]
            if showPassword { json["password"] = .text(s.password) }
            return ScriptOutput(json: .object(json), table: f.rendered)
        }
    }
}
