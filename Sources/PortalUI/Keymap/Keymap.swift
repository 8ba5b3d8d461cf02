import PortalStore

/// The one table of key bindings. The `?` overlay and the status-bar hints are generated from it.
public struct Keymap: Sendable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The action for a key in the current state, or nil when the key does nothing there.
    public func action(for key: Key, in state: AppState) -> Action? {
        for context in KeyContext.chain(for: state) {
            if let b = bindings.first(where: { $0.context == context && $0.keys.contains(key) && $0.condition.holds(in: state) }) {
                return b.action
            }
            if context == .textField, case .char(let c) = key {
                return .edit(.insert(String(c)))
            }
        }
        return nil
    }

    /// The keys a decoded key stands for here. Esc then a key typed within the escape delay arrives
    /// as one Alt key; where that Alt key is bound to nothing it is what the user typed: Esc, then the key.
    public func keys(for key: Key, in state: AppState) -> [Key] {
        guard case .alt(let c) = key, action(for: key, in: state) == nil else { return [key] }
        return [.escape, .char(c)]
    }

    /// The bindings that apply in the current state, most specific context first.
    public func active(in state: AppState) -> [KeyBinding] {
        KeyContext.chain(for: state).flatMap { context in
            bindings.filter { $0.context == context && $0.condition.holds(in: state) }
        }
    }

    /// Status-bar hints for the current state: "key label" pairs and what the key does, in table order.
    public func hints(in state: AppState) -> [(keys: String, label: String, action: Action)] {
        var seen = Set<Key>()
        var result: [(keys: String, label: String, action: Action)] = []
        for b in active(in: state) {
            // A key already bound by a more specific context is not advertised twice.
            defer { seen.formUnion(b.keys) }
            guard let hint = b.hint, b.hintCondition.holds(in: state), seen.isDisjoint(with: b.keys) else { continue }
            result.append((b.keysLabel, hint, b.action))
        }
        return result
    }
}

extension KeyBinding {
    /// "j/↓" — the keys of a binding as shown to the user.
    public var keysLabel: String { keys.map(\.label).joined(separator: "/") }
}

extension Keymap {
    /// The default keys (design.md), one table assembled from each part of the portal.
    public static let `default` = Keymap(bindings: KeyBinding.lists + KeyBinding.services + KeyBinding.invoices + KeyBinding.catalogue
        + KeyBinding.global + KeyBinding.signIn + KeyBinding.forms + KeyBinding.copy + KeyBinding.profiles)

    /// Keys the terminal itself handles, before the table: listed by `?`, not rebindable.
    public static let terminalKeys: [(keys: String, help: String)] = [
        ("Ctrl-L", "redraw"),
        ("Ctrl-Z", "suspend (fg resumes)"),
        ("Ctrl-C", "quit"),
    ]
}
