import CTextWidth

/// The one measure of terminal columns, used for layout, truncation and the sanitiser's cap.
public enum TextWidth {
    /// Columns one scalar takes: 0 for combining marks and controls, 2 for wide (CJK, most emoji).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7f { return 1 }
        return max(0, Int(ctw_scalar_width(v)))
    }

    /// Columns a string takes.
    public static func of(_ text: String) -> Int {
        var total = 0
        for s in text.unicodeScalars { total += of(s) }
        return total
    }

    /// The longest prefix of `text` that fits in `columns`, with `ellipsis` appended when cut.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        let room = columns - of(ellipsis)
        guard room >= 0 else { return "" }
        var out = String.UnicodeScalarView()
        var used = 0
        for s in text.unicodeScalars {
            let w = of(s)
            if used + w > room { break }
            out.append(s)
            used += w
        }
        return String(out) + ellipsis
    }

    /// `text` cut or padded with spaces to exactly `columns`.
    public static func fit(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: columns, ellipsis: ellipsis)
        let w = of(cut)
        return w < columns ? cut + String(repeating: " ", count: columns - w) : cut
    }
}
