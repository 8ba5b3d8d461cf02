/// Text that came from the server, made safe to draw: the one sanitiser of the design.
///
/// `SafeText(raw)` keeps printable text as it is and makes everything else visible:
/// C0 controls and DEL become `^X` (`^[` for ESC, `^?` for DEL), C1 controls, bidi overrides and
/// zero-width characters become `[U+XXXX]`, tabs become a space, line breaks split `lines`.
/// `SafeText(html:)` first turns HTML into text (tags dropped, `<br>`/`<p>`/`<li>` to line breaks,
/// entities resolved). Both cap the width at `SafeText.maxColumns`.
public struct SafeText: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// Total columns a text may take (all lines, separators included); longer text ends in "…".
    public static let maxColumns = 4096
    static let lineSeparator = "; "

    /// One line, safe to draw: no control characters at all (line breaks joined with "; ").
    public let value: String
    /// The text's lines, each safe to draw (for multi-line views such as descriptions).
    public var lines: [String] { multiline.isEmpty ? (value.isEmpty ? [] : [value]) : multiline }
    /// The lines when there are two or more; empty (no allocation) for the one-line text most fields hold.
    private let multiline: [String]

    public init(_ raw: String) {
        self.init(lines: SafeText.splitLines(raw))
    }

    /// Server text that may hold HTML (descriptions, notes, names with entities).
    public init(html raw: String) {
        self.init(lines: SafeText.splitLines(HTMLText.toPlainText(raw)))
    }

    public init(stringLiteral value: String) { self.init(value) }

    private init(lines rawLines: [String]) {
        var kept: [String] = []
        var used = 0
        let sepWidth = TextWidth.of(SafeText.lineSeparator)
        for raw in rawLines {
            let line = SafeText.sanitizeLine(raw)
            if line.allSatisfy({ $0 == " " }) { continue }
            let cost = (kept.isEmpty ? 0 : sepWidth) + TextWidth.of(line)
            if used + cost > SafeText.maxColumns {
                let room = SafeText.maxColumns - used - (kept.isEmpty ? 0 : sepWidth)
                if room >= 1 { kept.append(TextWidth.truncate(line, to: room)) }
                else if var last = kept.popLast() {
                    last = TextWidth.truncate(last + "…", to: TextWidth.of(last))
                    kept.append(last)
                }
                break
            }
            kept.append(line)
            used += cost
        }
        self.multiline = kept.count > 1 ? kept : []
        self.value = kept.count == 1 ? kept[0] : kept.joined(separator: SafeText.lineSeparator)
    }

    public var isEmpty: Bool { value.isEmpty }
    public var description: String { value }
    public static func < (a: SafeText, b: SafeText) -> Bool {
        String.naturallyOrdered(a.value, b.value)
    }

    static func splitLines(_ s: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for u in s.unicodeScalars {
            if u == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = (u == "\r")
            if u == "\n" || u == "\r" || u == "\u{2028}" || u == "\u{2029}" || u == "\u{85}" {
                lines.append(String(current)); current = .init()
            } else {
                current.append(u)
            }
        }
        lines.append(String(current))
        return lines
    }

    static func sanitizeLine(_ line: String) -> String {
        var out = String.UnicodeScalarView()
        for u in line.unicodeScalars {
            let v = u.value
            switch v {
            case 0x09: out.append(" ")
            case 0x00..<0x20: out.append(contentsOf: "^".unicodeScalars); out.append(Unicode.Scalar(UInt8(v + 0x40)))
            case 0x7F: out.append(contentsOf: "^?".unicodeScalars)
            case 0x80..<0xA0: out.append(contentsOf: marker(v).unicodeScalars)
            default:
                if isInvisibleOrBidi(v) { out.append(contentsOf: marker(v).unicodeScalars) } else { out.append(u) }
            }
        }
        return String(out)
    }

    static func isInvisibleOrBidi(_ v: UInt32) -> Bool {
        switch v {
        case 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0xFFF9...0xFFFB: return true
        case 0xE0000...0xE007F: return true   // tag characters
        default: return false
        }
    }

    static func marker(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "[U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
    }
}
