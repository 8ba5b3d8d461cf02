/// HTML fragments from the server (descriptions, notes) turned into plain text with line breaks.
enum HTMLText {
    static let breakingTags: Set<String> = ["br", "p", "/p", "div", "/div", "li", "/li", "tr", "/tr", "ul", "/ul", "ol", "/ol", "h1", "h2", "h3", "h4", "/h1", "/h2", "/h3", "/h4", "hr", "table", "/table"]
    /// Tags that are dropped; anything else in angle brackets ("<front>", "a <b") is kept as text.
    static let knownTags: Set<String> = [
        "a", "abbr", "b", "big", "blockquote", "body", "br", "center", "code", "col", "colgroup", "dd", "del", "div", "dl", "dt",
        "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "i", "img", "ins", "kbd", "label", "li",
        "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul", "var", "wbr", "script", "style", "!--", "!doctype",
    ]
    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "#39": "'",
        "ndash": "–", "mdash": "—", "hellip": "…", "copy": "©", "reg": "®", "trade": "™", "euro": "€",
        "pound": "£", "yen": "¥", "cent": "¢", "laquo": "«", "raquo": "»", "bull": "•", "middot": "·",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "times": "×", "deg": "°", "shy": "",
    ]

    static func toPlainText(_ html: String) -> String {
        let chars = Array(html)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "<", let end = tagEnd(chars, from: i) {
                let inner = String(chars[(i + 1)..<end])
                let name = inner.prefix(while: { !$0.isWhitespace }).lowercased().trimmingSlash
                let bare = name.hasPrefix("/") ? String(name.dropFirst()) : name
                guard knownTags.contains(bare) || bare.hasPrefix("!--") else {
                    out.append(c)
                    i += 1
                    continue
                }
                if breakingTags.contains(name) { out.append("\n") }
                i = end + 1
                continue
            }
            if c == "&", let (text, next) = entity(chars, from: i) {
                out.append(text)
                i = next
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// Index of the `>` closing a tag that starts at `start`, when it looks like a tag at all.
    static func tagEnd(_ chars: [Character], from start: Int) -> Int? {
        let next = start + 1
        guard next < chars.count, chars[next].isLetter || chars[next] == "/" || chars[next] == "!" else { return nil }
        var j = next
        while j < chars.count && j - start < 2000 {
            if chars[j] == ">" { return j }
            if chars[j] == "<" { return nil }
            j += 1
        }
        return nil
    }

    static func entity(_ chars: [Character], from start: Int) -> (String, Int)? {
        var j = start + 1
        var name = ""
        while j < chars.count && j - start <= 12 {
            let c = chars[j]
            if c == ";" { break }
            guard c.isASCII && (c.isLetter || c.isNumber || c == "#") else { return nil }
            name.append(c); j += 1
        }
        guard j < chars.count, chars[j] == ";", !name.isEmpty else { return nil }
        if let named = entities[name] { return (named, j + 1) }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let code: UInt32? = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let code, let scalar = Unicode.Scalar(code) { return (String(Character(scalar)), j + 1) }
        }
        return nil
    }
}

private extension String {
    var trimmingSlash: String { hasSuffix("/") ? String(dropLast()) : self }
}
