import ArgumentParser
import PortalAPI

struct BalanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "balance", abstract: "Show what is due on the account and its credit.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: ScriptOptions
    /// What `--json FIELDS` may select.
    static let jsonFields = ["currency", "balance", "credit"]

    func run() async throws {
        try await ScriptRunner.run(connection, options, fields: Self.jsonFields) { client in
            // No currency on the balance: the one every invoice carries, else none (said once).
            let (b, currency) = try await AccountCurrencyLookup.fetch(client)
            var f = Fields()
            f.add("Due", Format.money(b.balance, currency.code) + "  (what the unpaid invoices still ask)")
            f.add("Credit", Format.money(b.credit, currency.code) + "  (yours to apply to invoices)")
            if case .unknown = currency { f.add("Currency", AccountCurrency.unknownNote) }
            if case .invoices(let code) = currency { f.add("Currency", code + " (from the invoices; the balance names none)") }
            return ScriptOutput(json: .object(["currency": .string(currency.code), "balance": .money(b.balance), "credit": .money(b.credit)]),
                                table: f.rendered)
        }
    }
}
