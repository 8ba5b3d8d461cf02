/// Changes one value of the config file's text in place: every other byte, comments and order
/// included, stays as it was. The value replaces the old one on its line (a comment after it
/// stays); a missing key is added after its siblings, with their indentation. What cannot be
/// edited that way (flow style `{…}`, a value over several lines, a list) is refused with the reason.
public enum ConfigEditor {
    /// `text` with `key` set to `value`. The result is parsed again and must hold exactly `value` there.
    public static func setting(_ key: ConfigKey, to value: String, in text: String) throws(ConfigEditError) -> String {
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw ConfigEditError("the value must be one line without control characters")
        }
        var lines = Lines(text)
        let root = try parse(text)
        try edit(&lines, root: root, path: key.path, value: encoded(value))
        let result = lines.text
        guard let node = try? YAMLDocument.parse(result), let stored = lookup(key.path, in: node), stored.scalar == value else {
            throw ConfigEditError("pio could not change \(key) without disturbing the rest of the file; edit it by hand")
        }
        return result
    }

    /// The value written in `text` at `key`, nil when the file does not set it.
    public static func value(_ key: ConfigKey, in text: String) throws(ConfigEditError) -> String? {
        guard let root = try parse(text), let node = lookup(key.path, in: root), !node.isNull else { return nil }
        return node.scalar
    }

    static func parse(_ text: String) throws(ConfigEditError) -> YAMLNode? {
        do { return try YAMLDocument.parse(text) } catch {
            let problem = ConfigFile.syntaxError(error, path: "")
            throw ConfigEditError("the file is not valid YAML (line \(problem.line ?? 1): \(problem.problem)); fix it first")
        }
    }

    static func lookup(_ path: [String], in node: YAMLNode) -> YAMLNode? {
        var node = node
        for key in path {
            guard let pair = node.mapping?.first(where: { $0.key.scalar == key }) else { return nil }
            node = pair.value
        }
        return node
    }

    private static func edit(_ lines: inout Lines, root: YAMLNode?, path: [String], value: String) throws(ConfigEditError) {
        guard let root, !(root.isNull && root.scalar == "") else {   // empty, only comments, or a bare `---`
            lines.insert(block(path, value, indent: 0, unit: 2), after: lines.count)
            return
        }
        guard root.mapping != nil, !root.span.flow else {
            throw ConfigEditError("the file is not written as one setting per line (`key: value`); edit it by hand")
        }
        let unit = indentUnit(root)
        var node = root
        for (depth, key) in path.enumerated() {
            let here = path[..<(depth + 1)].joined(separator: ".")
            guard let pairs = node.mapping, !node.span.flow else {
                throw ConfigEditError("\(path[..<depth].joined(separator: ".")) is written in flow style ({…}); edit it by hand")
            }
            guard let pair = pairs.first(where: { $0.key.scalar == key }) else {
                let indent = pairs.first?.key.span.column ?? 0
                lines.insert(block(Array(path[depth...]), value, indent: indent, unit: unit), after: lastLine(node))
                return
            }
            let isLast = depth == path.count - 1
            if isLast || pair.value.isNull {
                guard pair.value.scalar != nil else { throw ConfigEditError("\(here) is a list or a table; edit it by hand") }
                try lines.replaceValue(of: pair, with: isLast ? value : "")
                if !isLast {
                    let rest = block(Array(path[(depth + 1)...]), value, indent: pair.key.span.column + unit, unit: unit)
                    lines.insert(rest, after: pair.key.line)
                }
                return
            }
            guard pair.value.mapping != nil else { throw ConfigEditError("\(here) is not a table of settings; fix it first") }
            node = pair.value
        }
    }

    /// `path` as nested `key:` lines, the last one with its value.
    static func block(_ path: [String], _ value: String, indent: Int, unit: Int) -> [String] {
        path.enumerated().map { depth, key in
            String(repeating: " ", count: indent + depth * unit) + key + ":" + (depth == path.count - 1 ? " " + value : "")
        }
    }

    /// The file's own indentation step (its first nested table's), else two spaces.
    static func indentUnit(_ root: YAMLNode) -> Int {
        let base = root.mapping?.first?.key.span.column ?? 0
        for pair in root.mapping ?? [] {
            if let child = pair.value.mapping?.first, !pair.value.span.flow, child.key.span.column > base {
                return child.key.span.column - base
            }
        }
        return 2
    }

    /// The last line a node's text is on (1-based).
    static func lastLine(_ node: YAMLNode) -> Int {
        switch node.content {
        case .scalar:
            return node.span.endLine > node.line && node.span.endColumn == 0 ? node.span.endLine - 1 : max(node.line, node.span.endLine)
        case .mapping(let pairs) where !node.span.flow:
            guard let last = pairs.last else { return node.line }
            return last.value.isNull && last.value.scalar == "" ? last.key.line : max(last.key.line, lastLine(last.value))
        case .sequence(let items) where !node.span.flow:
            return items.last.map(lastLine) ?? node.line
        default:
            return node.span.endLine
        }
    }

    /// The value as YAML reads it back: plain when that is unambiguous, else double-quoted.
    static func encoded(_ value: String) -> String {
        let allowed = value.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._/:@~+=%-".unicodeScalars.contains($0)))
                || (!$0.isASCII && $0.properties.isAlphabetic)
        }
        let first = value.unicodeScalars.first
        let plain = allowed && !value.isEmpty && !YAMLNode.nullForms.contains(value) && !value.contains(": ") && !value.hasSuffix(":")
            && first.map({ !"-:~%@".unicodeScalars.contains($0) }) ?? false
        if plain { return value }
        var out = "\""
        for c in value.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}

/// The file's lines, edited by line number and by libyaml's columns (Unicode scalars).
struct Lines {
    private var lines: [String]
    private let endsWithNewline: Bool

    init(_ text: String) {
        endsWithNewline = text.isEmpty || text.hasSuffix("\n")
        var split = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if endsWithNewline { split.removeLast() }
        lines = split
    }

    var count: Int { lines.count }
    /// Always ends with a newline (one is added to a file that had none).
    var text: String { lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n" }

    /// Inserts `new` after 1-based line `line` (0: at the top).
    mutating func insert(_ new: [String], after line: Int) {
        lines.insert(contentsOf: new, at: min(max(line, 0), lines.count))
    }

    /// Puts `value` where the pair's value is, keeping the spacing after `key:` and a comment that
    /// follows; an empty `value` leaves `key:` alone (for the lines nested under it).
    mutating func replaceValue(of pair: (key: YAMLNode, value: YAMLNode), with value: String) throws(ConfigEditError) {
        let key = pair.key, old = pair.value
        let index = key.line - 1
        var scalars = Array(lines[index].unicodeScalars)
        guard key.span.endLine == key.line, key.span.endColumn <= scalars.count else {
            throw ConfigEditError("the key \(key.scalar ?? "") spans lines; edit it by hand")
        }
        let head = Array(scalars[..<key.span.endColumn])
        if old.isNull && old.scalar == "" || old.line != key.line {   // `key:` alone (a value on a later line is refused below)
            guard old.scalar == "" else { throw ConfigEditError("the value of \(key.scalar ?? "") is not on its key's line; edit it by hand") }
            let rest = String(String.UnicodeScalarView(scalars[key.span.endColumn...]))
            let comment = rest.firstIndex(of: "#").map { " " + rest[$0...] } ?? ""
            scalars = head + ":".unicodeScalars + (value.isEmpty ? "" : " " + value).unicodeScalars + comment.unicodeScalars
        } else {
            guard old.span.endLine == old.line, old.span.column >= key.span.endColumn, old.span.endColumn <= scalars.count else {
                throw ConfigEditError("the value of \(key.scalar ?? "") spans lines; edit it by hand")
            }
            var middle = Array(scalars[key.span.endColumn..<old.span.column])
            if value.isEmpty { middle = Array(":".unicodeScalars) }
            scalars = head + middle + value.unicodeScalars + Array(scalars[old.span.endColumn...])
        }
        var line = String(String.UnicodeScalarView(scalars))
        while line.hasSuffix(" ") { line.removeLast() }
        lines[index] = line
    }
}
