import ArgumentParser
import PortalAPI

struct BalanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "balance", abstract: "Show the account balance and credit.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: ScriptOptions

    func run() async throws {
        try await ScriptRunner.run(connection, options) { client in
            let b = try await client.balance()
            var f = Fields()
            f.add("Balance", Format.money(b.balance) + " " + b.currency.value)
            f.add("Credit", Format.money(b.credit) + " " + b.currency.value)
            return ScriptOutput(json: .object(["currency": .text(b.currency), "balance": .money(b.balance), "credit": .money(b.credit)]),
                                table: f.rendered)
        }
    }
}
