import Foundation

/// Reads request bodies (JSON or form-encoded) and asset files into `JSON`.
extension JSON {
    static func parse(_ data: Data) -> JSON? {
        var parser = JSONParser(bytes: Array(data))
        return parser.parseDocument()
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
