import Foundation

/// A JSON tree. The answers the sandbox builds keep their key order, and `JSONWriter` writes them in
/// it: that order matters, because HostBill sends lists as objects keyed by id and clients (pio's
/// `JSONValue.list`) take the rows in key order. Numbers keep their literal text (`"9.99"`), which is
/// how money leaves the sandbox without `Double`. Those two are why the answers are not written by
/// `JSONSerialization` (which orders keys by hash or alphabetically and writes money through
/// `Double`); everything the sandbox reads goes through Foundation (`JSONReader.swift`).
enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSON])
    case object([Field])

    struct Field: Sendable, Equatable {
        let key: String
        let value: JSON
    }

    subscript(key: String) -> JSON? {
        guard case .object(let fields) = self else { return nil }
        return fields.last(where: { $0.key == key })?.value
    }

    var objectFields: [Field]? {
        if case .object(let fields) = self { return fields }
        return nil
    }

    var arrayValues: [JSON]? {
        if case .array(let values) = self { return values }
        return nil
    }

    /// The value as text, whatever scalar form it arrived in (HostBill clients send ids as numbers or strings).
    var text: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    /// Lenient truth: `true`, `1`, `"1"`, `"true"`, `"yes"`, `"on"`.
    var truthy: Bool {
        switch self {
        case .bool(let b): return b
        case .number(let n): return (Decimal(string: n) ?? 0) != 0
        case .string(let s): return ["1", "true", "yes", "on"].contains(s.lowercased())
        default: return false
        }
    }

    var decimal: Decimal? {
        guard let t = text?.trimmingCharacters(in: .whitespaces), !t.isEmpty else { return nil }
        return Decimal(string: t, locale: Locale(identifier: "en_US_POSIX"))
    }
}

extension JSON: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    init(stringLiteral value: String) { self = .string(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(integerLiteral value: Int) { self = .number(String(value)) }
    init(arrayLiteral elements: JSON...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSON)...) { self = .object(elements.map { Field(key: $0.0, value: $0.1) }) }
}
