import PortalStore

/// A user's new keys for an action, from the config file's `keys:` table. `action` is an action
/// name (`refresh`), or `context.action` (`list.open`) to change it in one context only.
public struct KeyOverride: Sendable, Equatable {
    public var action: String
    public var keys: [String]

    public init(action: String, keys: [String]) {
        self.action = action
        self.keys = keys
    }
}

/// Why an override cannot be applied; `action` is the entry as the user wrote it.
public struct KeyOverrideError: Error, Equatable, CustomStringConvertible {
    public var action: String
    public var problem: String

    public var description: String { action + ": " + problem }
}

extension Keymap {
    /// The same table with the overridden bindings' keys replaced. Every entry must name an action
    /// of the table, every key must be one pio can read, and no key may end up bound to two
    /// actions in one context.
    public func applying(_ overrides: [KeyOverride]) throws(KeyOverrideError) -> Keymap {
        var result = self
        var changed = Set<Int>()
        for entry in overrides {
            let (context, name) = Self.split(entry.action)
            if let contextName = context, KeyContext(rawValue: contextName) == nil {
                throw KeyOverrideError(action: entry.action, problem: "unknown context “\(contextName)”; contexts are "
                                       + KeyContext.allCases.map(\.rawValue).joined(separator: ", "))
            }
            var keys: [Key] = []
            for spec in entry.keys {
                guard let key = Key(spec: spec) else {
                    throw KeyOverrideError(action: entry.action, problem: "“\(spec)” is not a key pio knows "
                                           + "(one character, or Enter, Esc, Tab, Shift-Tab, Space, Up, Down, Left, Right, "
                                           + "PgUp, PgDn, Home, End, Backspace, Delete, Ctrl-X, F1…F12)")
                }
                if !keys.contains(key) { keys.append(key) }
            }
            guard !keys.isEmpty else { throw KeyOverrideError(action: entry.action, problem: "needs at least one key") }
            let matches = result.bindings.indices.filter { i in
                let b = result.bindings[i]
                return b.actionName == name && (context == nil || b.context.rawValue == context)
            }
            guard !matches.isEmpty else {
                throw KeyOverrideError(action: entry.action, problem: "unknown action; `pio config --keys` lists them")
            }
            for i in matches { result.bindings[i].keys = keys }
            changed.formUnion(matches)
        }
        for i in changed.sorted() {
            let binding = result.bindings[i]
            let added = binding.keys.filter { !bindings[i].keys.contains($0) }
            for (j, other) in result.bindings.enumerated() where j != i && Self.overlap(other.context, binding.context)
                && other.actionName != binding.actionName {
                if let key = added.first(where: other.keys.contains) {
                    throw KeyOverrideError(action: binding.actionName, problem: "\(key.label) is already bound to "
                                           + "“\(other.actionName)” in \(other.context.title)")
                }
            }
        }
        return result
    }

    /// Every action name with its context, for `pio config --keys`: one entry per action of a
    /// context, its keys from all its bindings joined ("Enter/l/→"), each different help once.
    public var actionNames: [(name: String, context: KeyContext, keys: String, help: String)] {
        var entries: [(name: String, context: KeyContext, keys: [String], helps: [String])] = []
        for b in bindings {
            let labels = b.keys.map(\.label)
            if let i = entries.firstIndex(where: { $0.name == b.actionName && $0.context == b.context }) {
                entries[i].keys += labels.filter { !entries[i].keys.contains($0) }
                if !entries[i].helps.contains(b.help) { entries[i].helps.append(b.help) }
            } else {
                entries.append((b.actionName, b.context, labels, [b.help]))
            }
        }
        return entries.map { ($0.name, $0.context, $0.keys.joined(separator: "/"), $0.helps.joined(separator: "; ")) }
    }

    /// Contexts active at the same time, where one key can only do one thing: the same context, a
    /// pane and the keys that work everywhere, a list and the list of one section.
    static func overlap(_ a: KeyContext, _ b: KeyContext) -> Bool {
        if a.sharesKeys(with: b) { return true }
        let standalone: Set<KeyContext> = [.textField, .filter, .dialog, .help, .signIn, .signInForm, .tooSmall, .copy, .profiles]
        return (a == .global || b == .global) && !standalone.contains(a) && !standalone.contains(b)
    }

    private static func split(_ entry: String) -> (context: String?, name: String) {
        guard let dot = entry.firstIndex(of: ".") else { return (nil, entry) }
        return (String(entry[..<dot]), String(entry[entry.index(after: dot)...]))
    }
}

extension KeyBinding {
    /// The name users write in the config file: the action in kebab case (`toggle-help`,
    /// `begin-label-edit`), with a direction for the actions that move (`move-down`, `page-up`,
    /// `next-option`).
    public var actionName: String {
        switch action {
        case .move(let n): return n < 0 ? "move-up" : "move-down"
        case .page(let n): return n < 0 ? "page-up" : "page-down"
        case .halfPage(let n): return n < 0 ? "half-page-up" : "half-page-down"
        case .copy(let target): return "copy-" + Self.kebab(target.rawValue)
        case .changeOption(let n): return n < 0 ? "previous-option" : "next-option"
        case .adjust(let n): return n < 0 ? "less" : "more"
        case .stepSection(let n): return n < 0 ? "previous-section" : "next-section"
        case .selectSection(let section): return "section-" + Self.kebab(String(describing: section))
        case .edit(let edit): return "edit-" + Self.kebab(String(describing: edit))
        default:
            // Actions added later get a name from their case (and payload, if any).
            return Self.kebab(String(describing: action).replacing("(-", with: "(minus"))
        }
    }

    static func kebab(_ camel: String) -> String {
        var out = ""
        for c in camel {
            if c.isUppercase { if !out.isEmpty { out.append("-") }; out.append(Character(c.lowercased())) }
            else if c.isLetter || c.isNumber { out.append(c) }
            else if !out.hasSuffix("-") && !out.isEmpty { out.append("-") }
        }
        return out.hasSuffix("-") ? String(out.dropLast()) : out
    }
}
