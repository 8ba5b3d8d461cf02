import FoundationEssentials

/// The fields a script asked for with `--json FIELDS` (as gh does): checked against the fields a
/// command prints, then applied to its JSON, an object or a list of objects.
public struct JSONFieldSelection: Sendable, Equatable {
    /// In the order given, each once.
    public let fields: [String]

    /// `text` is a comma-separated list ("id,domain, label"); `known` the command's fields. An
    /// unknown or missing field is refused with the list of known ones.
    public init(_ text: String, known: [String]) throws(JSONFieldError) {
        var fields: [String] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingWhitespace()
            guard !name.isEmpty else { throw JSONFieldError(message: "--json: name one or more fields, separated by commas", known: known) }
            guard known.contains(name) else { throw JSONFieldError(message: "--json: unknown field “\(name)”", known: known) }
            if !fields.contains(name) { fields.append(name) }
        }
        self.fields = fields
    }

    /// Only the selected fields of an object, or of each object of a list. A field the command has
    /// no value for in this run (`password` without `--show-password`) is left out.
    public func apply(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object): return .object(object.filter { fields.contains($0.key) })
        case .array(let items): return .array(items.map(apply))
        default: return value
        }
    }

    /// The top-level fields of an object, or of the objects of a list (to check a command's list of fields).
    public static func fields(of value: JSONValue) -> Set<String> {
        switch value {
        case .object(let object): return Set(object.keys)
        case .array(let items): return items.reduce(into: Set<String>()) { $0.formUnion(fields(of: $1)) }
        default: return []
        }
    }
}

/// A `--json` field list that names nothing or an unknown field; `description` lists the known ones.
public struct JSONFieldError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var known: [String]
    public init(message: String, known: [String]) {
        self.message = message
        self.known = known
    }
    public var description: String { message + "; the fields are: " + known.joined(separator: ", ") }
}
