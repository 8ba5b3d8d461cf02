import FoundationEssentials

/// A list answer read without building the whole tree: each element of the list under `key` (at the
/// root, or under `data` as some installs wrap it) is parsed, handed to `element` and dropped, so a
/// list of 100,000 invoices never holds 100,000 parsed objects at once. Everything else in the answer
/// (`error`, `page`, …) is in `root`. `items` is what `root.payload(key).list.map(element)` would give
/// for the whole tree, the id-keyed object form included.
public struct JSONListAnswer<Element> {
    public let root: JSONValue
    public let items: [Element]
}

extension JSONParser {
    static func parseList<Element>(_ data: Data, key: String,
                                   element: (JSONValue) throws -> Element) throws -> JSONListAnswer<Element> {
        try data.withUnsafeBytes { raw in
            var p = JSONParser(bytes: raw.bindMemory(to: UInt8.self))
            p.skipWhitespace()
            guard p.index < p.bytes.count, p.bytes[p.index] == UInt8(ascii: "{") else {
                let root = try p.value(depth: 0)
                try p.end()
                return JSONListAnswer(root: root, items: try root.payload(key).list.map(element))
            }
            var direct: ListMember<Element>?
            var nested: ListMember<Element>?
            var root: [String: JSONValue] = [:]
            try p.members(depth: 0) { p, name in
                if name == key {
                    direct = try p.listMember(depth: 1, element)
                    if direct?.isNull == true { root[name] = .null }
                } else if name == "data", p.bytes[p.index] == UInt8(ascii: "{") {
                    var data: [String: JSONValue] = [:]
                    nested = nil
                    try p.members(depth: 1) { p, inner in
                        if inner == key {
                            nested = try p.listMember(depth: 2, element)
                            if nested?.isNull == true { data[inner] = .null }
                        } else {
                            data[inner] = try p.value(depth: 2)
                        }
                    }
                    root[name] = .object(data)
                } else {
                    if name == "data" { nested = nil }
                    root[name] = try p.value(depth: 1)
                }
            }
            try p.end()
            let tree = JSONValue.object(root)
            // `payload`'s order: the list at the root, else under `data`, else `data` itself.
            if let direct, !direct.isNull { return JSONListAnswer(root: tree, items: direct.items) }
            if let nested, !nested.isNull { return JSONListAnswer(root: tree, items: nested.items) }
            return JSONListAnswer(root: tree, items: try tree.payload(key).list.map(element))
        }
    }

    /// The list's value: its elements handed over one by one when it is an array or an object.
    private mutating func listMember<Element>(depth: Int, _ element: (JSONValue) throws -> Element) throws -> ListMember<Element> {
        guard depth < JSONParser.maxDepth, index < bytes.count else { throw Failure() }
        switch bytes[index] {
        case UInt8(ascii: "["):
            var items: [Element] = []
            try elements(depth: depth) { p in items.append(try element(try p.value(depth: depth + 1))) }
            // Appending doubled the capacity as it went; a big list is kept at its own size.
            if items.capacity - items.count > 4096 {
                var exact: [Element] = []
                exact.reserveCapacity(items.count)
                exact.append(contentsOf: items)
                items = exact
            }
            return ListMember(items: items, isNull: false)
        case UInt8(ascii: "{"):
            // Keyed by id, or one record standing for a list of one: only the whole object tells
            // which (`JSONValue.list`), so it is read whole; big lists come as arrays.
            let value = try value(depth: depth)
            return ListMember(items: try value.list.map(element), isNull: false)
        default:
            let value = try value(depth: depth)
            return ListMember(items: try value.list.map(element), isNull: value.isNull)
        }
    }

    /// Nothing but whitespace after the answer.
    private mutating func end() throws {
        skipWhitespace()
        guard index == bytes.count else { throw Failure() }
    }
}

private struct ListMember<Element> {
    let items: [Element]
    let isNull: Bool
}
