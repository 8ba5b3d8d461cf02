extension Key {
    /// Reads a key as users write it in the config file: one character (`R`, `?`), or a name
    /// (`Enter`, `Esc`, `Tab`, `Shift-Tab`, `Space`, `Up`, `PgDn`, `Home`, `Backspace`, `Delete`,
    /// `Ctrl-R`, `Alt-x`, `F5`; names are case-insensitive, the character after `Alt-` is not). The arrows as drawn in the help (`↑`) work too.
    public init?(spec: String) {
        if spec.count == 1, let c = spec.first {
            switch c {
            case "↑": self = .up
            case "↓": self = .down
            case "←": self = .left
            case "→": self = .right
            default:
                guard !c.isWhitespace, !(c.asciiValue.map { $0 < 0x20 || $0 == 0x7f } ?? false) else { return nil }
                self = .char(c)
            }
            return
        }
        let name = spec.lowercased()
        if let prefix = ["alt-", "meta-", "m-"].first(where: name.hasPrefix) {
            let rest = spec.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, case .char = Key(spec: String(c)) else { return nil }
            self = .alt(c)
            return
        }
        if name.hasPrefix("ctrl-") || name.hasPrefix("c-") || name.hasPrefix("^") {
            let letter = name.split(separator: "-").last.map(String.init) ?? String(name.dropFirst())
            guard letter.count == 1, let c = letter.first, ("a"..."z").contains(c) else { return nil }
            self = .ctrl(c)
            return
        }
        if name.hasPrefix("f"), let n = Int(name.dropFirst()), (1...12).contains(n) {
            self = .function(n)
            return
        }
        let named: [String: Key] = [
            "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab,
            "shift-tab": .backTab, "backtab": .backTab, "space": .char(" "), "up": .up, "down": .down,
            "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown,
            "pagedown": .pageDown, "home": .home, "end": .end, "backspace": .backspace, "delete": .delete,
            "del": .delete,
        ]
        guard let key = named[name] else { return nil }
        self = key
    }
}
