import ArgumentParser
import PortalAPI

/// Options every script command shares besides the connection.
struct ScriptOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp("Print JSON instead of a table. `--json FIELDS` (or --json=FIELDS) prints only those "
                                          + "fields, comma-separated: pio services --json id,domain,status. An unknown field is "
                                          + "refused with the list of fields."))
    var json = false

    @Option(name: .long, help: ArgumentHelp("The same as --json FIELDS.", valueName: "FIELDS"))
    var fields: String?

    /// The fields asked for, checked against the command's (`known`); nil for all of them.
    func selection(known: [String]) throws(CommandFailure) -> JSONFieldSelection? {
        guard let fields else { return nil }
        do {
            return try JSONFieldSelection(fields, known: known)
        } catch {
            throw CommandFailure(code: ExitStatus.usage, message: error.description)
        }
    }

    /// What the command prints: the table, all of the JSON, or the selected fields of it.
    func text(_ output: ScriptOutput, _ selection: JSONFieldSelection?) -> String {
        if let selection { return selection.apply(output.json).prettyText }
        return json ? output.json.prettyText : output.table
    }
}
