/// Serialises `JSON` the way PHP's `json_encode` does (HostBill is PHP): `/` escaped as `\/`,
/// control characters as `\u00XX`, everything else as raw UTF-8.
extension JSON {
    /// `escapeSlashes: false` gives plain `/` (used for the request log, which people grep).
    func serialized(escapeSlashes: Bool = true) -> String {
        var out = ""
        write(into: &out, escapeSlashes)
        return out
    }

    private func write(into out: inout String, _ slashes: Bool) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): JSON.writeString(s, into: &out, slashes)
        case .array(let values):
            out += "["
            for (i, v) in values.enumerated() {
                if i > 0 { out += "," }
                v.write(into: &out, slashes)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (i, f) in fields.enumerated() {
                if i > 0 { out += "," }
                JSON.writeString(f.key, into: &out, slashes)
                out += ":"
                f.value.write(into: &out, slashes)
            }
            out += "}"
        }
    }

    private static func writeString(_ s: String, into out: inout String, _ slashes: Bool) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/" where slashes: out += "\\/"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
