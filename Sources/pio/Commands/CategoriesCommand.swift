import ArgumentParser
import PortalAPI

struct CategoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "categories", abstract: "List product categories.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: ScriptOptions
    /// What `--json FIELDS` may select.
    static let jsonFields = ["id", "name", "description", "slug"]

    func run() async throws {
        try await ScriptRunner.run(connection, options, fields: Self.jsonFields) { client in
            let list = try await client.categories()
            var t = Table(headers: ["ID", "NAME", "DESCRIPTION"])
            t.rows = list.map { [$0.id, Format.text($0.name), $0.description.value] }
            return ScriptOutput(json: .array(list.map { c in
                .object(["id": .string(c.id), "name": .text(c.name), "description": .text(c.description), "slug": .text(c.slug)])
            }), table: t.rendered)
        }
    }
}
