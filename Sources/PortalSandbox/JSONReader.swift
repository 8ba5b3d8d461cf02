import Foundation

/// Reads request bodies (JSON or form-encoded) into `JSON`. JSON is read by Foundation's
/// `JSONSerialization` (the asset files by `JSONDecoder`, see `DemoDataset`). An object's keys come
/// out sorted: what a client sends is looked up by key, and the request log stays stable. A number
/// keeps the shortest text of its value ("6.99", "12.5", "10400"), which is what the routes read
/// money from (`JSON.decimal`).
extension JSON {
    static func parse(_ data: Data) -> JSON? {
        guard let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        return JSON(foundation: value)
    }

    /// A `JSONSerialization` value as `JSON`.
    init?(foundation value: Any) {
        switch value {
        case is NSNull:
            self = .null
        case let s as String:
            self = .string(s)
        case let n as NSNumber:
            switch String(cString: n.objCType) {
            case "c", "B": self = .bool(n.boolValue)   // JSON's true and false
            case "d", "f": self = .number(String(describing: n.doubleValue))
            default: self = .number(n.stringValue)
            }
        case let a as [Any]:
            var values: [JSON] = []
            for element in a {
                guard let v = JSON(foundation: element) else { return nil }
                values.append(v)
            }
            self = .array(values)
        case let d as [String: Any]:
            var fields: [Field] = []
            for key in d.keys.sorted() {
                guard let v = d[key].flatMap({ JSON(foundation: $0) }) else { return nil }
                fields.append(Field(key: key, value: v))
            }
            self = .object(fields)
        default:
            return nil
        }
    }

    /// `a=1&custom[12][34]=x` → `{"a": "1", "custom": {"12": {"34": "x"}}}`.
    static func parseForm(_ text: String) -> JSON {
        var root = JSON.object([])
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let rawKey = decodeFormComponent(String(parts[0]))
            let value = parts.count > 1 ? decodeFormComponent(String(parts[1])) : ""
            root = root.setting(path: formKeyPath(rawKey), to: .string(value))
        }
        return root
    }

    private static func decodeFormComponent(_ s: String) -> String {
        let spaced = s.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    private static func formKeyPath(_ key: String) -> [String] {
        guard let open = key.firstIndex(of: "[") else { return [key] }
        var path = [String(key[..<open])]
        var rest = key[open...]
        while rest.first == "[", let close = rest.firstIndex(of: "]") {
            path.append(String(rest[rest.index(after: rest.startIndex)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return path
    }

    private func setting(path: [String], to value: JSON) -> JSON {
        guard let key = path.first else { return value }
        var fields = objectFields ?? []
        let existing = fields.firstIndex(where: { $0.key == key })
        let child = existing.map { fields[$0].value } ?? .object([])
        let updated = Field(key: key, value: child.setting(path: Array(path.dropFirst()), to: value))
        if let existing { fields[existing] = updated } else { fields.append(updated) }
        return .object(fields)
    }
}
