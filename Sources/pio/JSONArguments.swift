/// `--json FIELDS` as gh spells it, on top of swift-argument-parser, where an option's value
/// cannot be optional: before parsing, `--json=FIELDS` and `--json` followed by a field list
/// become `--json --fields FIELDS`. A word is a field list when it is lowercase letters, digits
/// and `_` starting with a letter, comma-separated; ids (digits) never are, so
/// `pio invoice --json 309011` keeps working. Nothing after `--` is touched.
enum JSONArguments {
    static func rewritten(_ arguments: [String]) -> [String] {
        var out: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word == "--" { out += arguments[(index - 1)...]; break }
            if word.hasPrefix("--json=") {
                out += ["--json", "--fields", String(word.dropFirst("--json=".count))]
            } else if word == "--json", index < arguments.count, isFieldList(arguments[index]) {
                out += ["--json", "--fields", arguments[index]]
                index += 1
            } else {
                out.append(word)
            }
        }
        return out
    }

    static func isFieldList(_ word: String) -> Bool {
        !word.isEmpty && word.split(separator: ",", omittingEmptySubsequences: false).allSatisfy { name in
            guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
            return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
        }
    }
}
