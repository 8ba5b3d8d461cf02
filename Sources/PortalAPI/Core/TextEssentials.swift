import FoundationEssentials

/// What pio needs of Foundation's string extensions, which FoundationEssentials lacks.
extension StringProtocol {
    /// Without leading and trailing spaces and tabs (Foundation's `.whitespaces`: tab and Unicode Zs).
    public func trimmingWhitespace() -> String {
        func isBlank(_ c: Character) -> Bool {
            c == " " || c == "\t" || c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .spaceSeparator }
        }
        guard let first = firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = lastIndex(where: { !isBlank($0) })!
        return String(self[first...last])
    }

    /// Holds `needle` when both are lower-cased (`localizedCaseInsensitiveContains`).
    public func containsIgnoringCase(_ needle: some StringProtocol) -> Bool {
        lowercased().contains(needle.lowercased())
    }

    /// Equal when lower-cased (`caseInsensitiveCompare(_:) == .orderedSame`).
    public func equalsIgnoringCase(_ other: some StringProtocol) -> Bool {
        lowercased() == other.lowercased()
    }
}

extension String {
    /// Order as people read names: runs of digits by their value, ASCII letters without regard to
    /// case ("web2" before "Web10"), other bytes by code point; a tie is broken by plain order.
    /// Stands in for `localizedStandardCompare`, which needs ICU.
    public static func naturallyOrdered(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        let order = a.withUTF8 { x in b.withUTF8 { y in naturalOrder(x, y) } }
        return order != 0 ? order < 0 : a < b
    }

    static func naturalOrder(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
        var i = 0, j = 0
        while i < x.count && j < y.count {
            if isDigit(x[i]) && isDigit(y[j]) {
                var endX = i, endY = j
                while endX < x.count && isDigit(x[endX]) { endX += 1 }
                while endY < y.count && isDigit(y[endY]) { endY += 1 }
                while i < endX - 1 && x[i] == 48 { i += 1 }     // leading zeros
                while j < endY - 1 && y[j] == 48 { j += 1 }
                if endX - i != endY - j { return endX - i < endY - j ? -1 : 1 }
                while i < endX {
                    if x[i] != y[j] { return x[i] < y[j] ? -1 : 1 }
                    i += 1; j += 1
                }
                continue
            }
            let p = lower(x[i]), q = lower(y[j])
            if p != q { return p < q ? -1 : 1 }
            i += 1; j += 1
        }
        if i < x.count { return 1 }
        if j < y.count { return -1 }
        return 0
    }

    /// Percent-encoded for a URL query value: everything but ASCII letters, digits and `-._~`.
    public var percentEncodedForQuery: String {
        var out = ""
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                out += "%" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 15)]], as: UTF8.self)
            }
        }
        return out
    }
}
