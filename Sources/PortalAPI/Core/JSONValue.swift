import FoundationEssentials

/// Any JSON value, decoded without a schema so that models can read HostBill's loosely typed answers
/// (ids and money as string or number, `[]` for an empty object, id-keyed objects for lists).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Decimal)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses a response body; throws `APIError.unreadableResponse` when it is not JSON.
    public static func parse(_ data: Data) throws -> JSONValue {
        do { return try JSONParser.parse(data) } catch {
            throw APIError.unreadableResponse("the server's answer is not valid JSON")
        }
    }

    /// Parses a list answer, making each element of the list under `key` into an `Element` as it is
    /// read (see `JSONListAnswer`); throws `APIError.unreadableResponse` when it is not JSON.
    public static func parseList<Element>(_ data: Data, key: String,
                                          element: (JSONValue) -> Element) throws -> JSONListAnswer<Element> {
        do { return try JSONParser.parseList(data, key: key, element: element) } catch {
            throw APIError.unreadableResponse("the server's answer is not valid JSON")
        }
    }

    public subscript(key: String) -> JSONValue {
        if case .object(let o) = self { return o[key] ?? .null }
        return .null
    }

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// The value as text: strings as they are, numbers in plain notation, booleans as "1"/"0".
    public var string: String? {
        switch self {
        case .string(let s): return s
        case .number(let d): return d.plainString
        case .bool(let b): return b ? "1" : "0"
        default: return nil
        }
    }

    /// Money and quantities: a number, or a string holding one ("9.99", " 1,234.50 ").
    public var decimal: Decimal? {
        switch self {
        case .number(let d): return d
        case .string(let s): return Decimal.parseLenient(s)
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    public var int: Int? {
        guard let d = decimal else { return nil }
        return d.wholeNumber
    }

    /// Booleans as HostBill sends them: true/false, 1/0, "1"/"0", "true", "yes", "on".
    public var bool: Bool? {
        switch self {
        case .bool(let b): return b
        case .number(let d): return d != 0
        case .string(let s):
            switch s.trimmingWhitespace().lowercased() {
            case "1", "true", "yes", "on", "y": return true
            case "0", "false", "no", "off", "n", "": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// A list of records, whichever shape HostBill sends it in: an array as it is; `{}`, `[]` and
    /// null as empty; an id-keyed object (`{"12": {…}, "301": {…}}`) as its values, numeric keys in
    /// numeric order; and a lone record (`{"id": 10, "name": …}`, some installs' answer when the
    /// list holds one entry) as a list of that one record. Every model reads its lists through this.
    public var list: [JSONValue] {
        switch self {
        case .array(let a): return a
        case .object(let o):
            if JSONValue.isSingleRecord(o) { return [self] }
            return o.keys.sorted(by: JSONValue.keyOrder).compactMap { o[$0] }
        default: return []
        }
    }

    /// A list of plain values (messages, a field's default values), never of records: an array's
    /// elements, or an object's values in key order (`{"1": "a", "2": "b"}`, `{"code": "x"}`), as text.
    public var textList: [String] {
        switch self {
        case .array(let a): return a.compactMap(\.string)
        case .object(let o): return o.keys.sorted(by: JSONValue.keyOrder).compactMap { o[$0]?.string }
        default: return []
        }
    }

    /// True for an object that is one record rather than records keyed by id: it has a field
    /// named by a word (not a number) holding a plain value, as `"name": "x"` in a record; an
    /// id-keyed list has only numeric keys or only records as values.
    static func isSingleRecord(_ o: [String: JSONValue]) -> Bool {
        o.contains { key, value in
            switch value {
            case .object, .array: return false
            default: return Int(key) == nil
            }
        }
    }

    /// An object: objects as they are; `[]` (HostBill's empty object) and anything else as empty.
    public var object: [String: JSONValue] {
        if case .object(let o) = self { return o }
        return [:]
    }

    static func keyOrder(_ a: String, _ b: String) -> Bool {
        switch (Int(a), Int(b)) {
        case let (x?, y?): return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a < b
        }
    }
}

extension JSONValue: Decodable {
    public init(from decoder: any Decoder) throws {
        if let c = try? decoder.container(keyedBy: AnyKey.self) {
            var o: [String: JSONValue] = [:]
            for k in c.allKeys { o[k.stringValue] = try c.decode(JSONValue.self, forKey: k) }
            self = .object(o)
            return
        }
        if var u = try? decoder.unkeyedContainer() {
            var a: [JSONValue] = []
            while !u.isAtEnd { a.append(try u.decode(JSONValue.self)) }
            self = .array(a)
            return
        }
        let s = try decoder.singleValueContainer()
        if s.decodeNil() { self = .null }
        else if let b = try? s.decode(Bool.self) { self = .bool(b) }
        else if let d = try? s.decode(Decimal.self) { self = .number(d) }
        else { self = .string(try s.decode(String.self)) }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { self.stringValue = String(intValue) }
    }
}

extension JSONValue: Encodable {
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null: var c = encoder.singleValueContainer(); try c.encodeNil()
        case .bool(let b): var c = encoder.singleValueContainer(); try c.encode(b)
        case .number(let d): var c = encoder.singleValueContainer(); try c.encode(d)
        case .string(let s): var c = encoder.singleValueContainer(); try c.encode(s)
        case .array(let a): var c = encoder.unkeyedContainer(); for v in a { try c.encode(v) }
        case .object(let o):
            var c = encoder.container(keyedBy: AnyKey.self)
            for (k, v) in o { try c.encode(v, forKey: AnyKey(stringValue: k)) }
        }
    }

    /// Compact JSON with sorted keys (stable bodies, readable in logs and tests).
    public func encoded() -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? e.encode(self)) ?? Data("null".utf8)
    }
}

extension Decimal {
    /// "9.99", "1,234.50", " 12 " → Decimal; anything else → nil. Always '.' as the decimal point.
    static func parseLenient(_ text: String) -> Decimal? {
        let t = text.trimmingWhitespace().replacing(",", with: "")
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) else { return nil }
        return Decimal(string: t)
    }

    /// Plain notation without exponent or grouping, e.g. "19.65", "12".
    var plainString: String { self.description }
}
