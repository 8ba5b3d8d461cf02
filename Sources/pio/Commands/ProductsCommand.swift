import ArgumentParser
import PortalAPI

struct ProductsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "products", abstract: "List the products of a category.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: ScriptOptions
    /// What `--json FIELDS` may select.
    static let jsonFields = ["id", "name", "description", "in_stock", "periods"]
    @Argument(help: "Category id (the ID column of `pio categories`).") var category: String

    func run() async throws {
        let category = self.category
        try await ScriptRunner.run(connection, options, fields: Self.jsonFields) { client in
            async let currency = AccountCurrencyLookup.tableCode(client, options)
            let list = try await client.products(categoryID: category)
            var t = Table(headers: ["ID", "NAME", AccountCurrencyLookup.title("FROM", await currency), "CYCLES", "STOCK"], rightAligned: [2])
            t.rows = list.map { p in
                [p.id, Format.text(p.name), p.defaultPeriod.map { Format.money($0.price) + " " + $0.cycle.label } ?? "-",
                 p.periods.map { $0.cycle.symbol ?? $0.cycle.label }.joined(separator: ","), p.inStock ? "yes" : "no"]
            }
            return ScriptOutput(json: .array(list.map { p in
                .object(["id": .string(p.id), "name": .text(p.name), "description": .text(p.description), "in_stock": .bool(p.inStock),
                         "periods": .array(p.periods.map(ProductsCommand.period))])
            }), table: t.rendered)
        }
    }

    static func period(_ p: PricePeriod) -> JSONValue {
        .object(["cycle": .optionalText(p.cycle.symbol ?? p.cycle.raw), "cycle_label": .string(p.cycle.label),
                 "price": .money(p.price), "setup": .money(p.setup)])
    }
}
