import FoundationEssentials
import PortalAPI
import PortalConfig

/// `pio config --json`: the table's rows as `{"setting": {"value": …, "from": …}}`, with the
/// timeout as a number and a setting that is not set as null; the `keys:` overrides under "keys".
extension ConfigCommand {
    /// What `--json FIELDS` may select.
    static let jsonFields = ["profile", "url", "user", "auth", "timeout", "theme", "locale", "clipboard", "mouse", "ca_file", "trusted_cas", "password",
                             "session", "config_file", "log", "keys"]
    static let keysFields = ["action", "context", "keys", "does"]

    /// A cell's widest on a terminal; written to a file or a pipe, nothing is cut.
    static func cell(_ width: Int) -> Int { Table.stdoutIsTerminal ? width : Int.max }

    static func json(_ rows: [[String]], _ settings: Settings) -> JSONValue {
        var object: [String: JSONValue] = [:]
        var keys: [String: JSONValue] = [:]
        for row in rows where row.count == 3 {
            let name = row[0].hasPrefix("keys.") ? row[0] : row[0].lowercased().replacing(" ", with: "_")
            let notSet = row[1] == "not set"
            var value: JSONValue = notSet ? .null : .string(row[1])
            if name == "timeout" { value = .number(Decimal(settings.timeout.value)) }
            let entry: JSONValue = .object(["value": value, "from": notSet ? .null : .string(row[2])])
            if name.hasPrefix("keys.") { keys[String(name.dropFirst("keys.".count))] = entry } else { object[name] = entry }
        }
        object["keys"] = .object(keys)
        return .object(object)
    }

    static func keysJSON(_ rows: [[String]]) -> JSONValue {
        .array(rows.map { row in .object(Dictionary(uniqueKeysWithValues: zip(keysFields, row.map { JSONValue.string($0) }))) })
    }
}
