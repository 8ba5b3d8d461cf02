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

    /// The bindings that apply in the current state, most specific context first.
    public func active(in state: AppState) -> [KeyBinding] {
        KeyContext.chain(for: state).flatMap { context in
            bindings.filter { $0.context == context && $0.condition.holds(in: state) }
        }
    }

    /// Status-bar hints for the current state: "key label" pairs, in table order.
    public func hints(in state: AppState) -> [(keys: String, label: String)] {
        var seen = Set<Key>()
        var result: [(keys: String, label: String)] = []
        for b in active(in: state) {
            // A key already bound by a more specific context is not advertised twice.
            defer { seen.formUnion(b.keys) }
            guard let hint = b.hint, seen.isDisjoint(with: b.keys) else { continue }
            result.append((b.keysLabel, hint))
        }
        return result
    }
}

extension KeyBinding {
    /// "j/↓" — the keys of a binding as shown to the user.
    public var keysLabel: String { keys.map(\.label).joined(separator: "/") }
}

extension Keymap {
    public static let `default` = Keymap(bindings: [
        // Lists
        KeyBinding([.char("k"), .up], .list, .move(-1), "move up"),
        KeyBinding([.char("j"), .down], .list, .move(1), "move down"),
        KeyBinding([.pageUp], .list, .page(-1), "page up"),
        KeyBinding([.pageDown, .char(" ")], .list, .page(1), "page down"),
        KeyBinding([.char("g"), .home], .list, .moveToFirst, "first row"),
        KeyBinding([.char("G"), .end], .list, .moveToLast, "last row"),
        KeyBinding([.enter], .list, .open, "open the selected service", hint: "open"),
        KeyBinding([.char("s")], .list, .cycleSort, "sort: next due, status, amount, domain", hint: "sort"),
        KeyBinding([.char("/")], .list, .beginFilter, "filter the list (Esc clears)", hint: "filter"),
        KeyBinding([.escape], .list, .clearFilter, "clear the filter"),
        // Service detail (only the actions the server lists)
        KeyBinding([.char("k"), .up], .detail, .move(-1), "scroll up"),
        KeyBinding([.char("j"), .down], .detail, .move(1), "scroll down"),
        KeyBinding([.pageUp], .detail, .page(-1), "page up"),
        KeyBinding([.pageDown, .char(" ")], .detail, .page(1), "page down"),
        KeyBinding([.char("g"), .home], .detail, .moveToFirst, "top"),
        KeyBinding([.char("G"), .end], .detail, .moveToLast, "bottom"),
        KeyBinding([.char("p")], .detail, .togglePassword, "show/hide the service password", hint: "password",
                   when: .serviceHasPassword),
        KeyBinding([.char("l")], .detail, .beginLabelEdit, "edit the label", hint: "label", when: .serviceOffers(.setLabel)),
        KeyBinding([.char("c")], .detail, .beginCancel, "request cancellation", hint: "cancel", when: .serviceOffers(.cancel)),
        KeyBinding([.char("u")], .detail, .beginUpgrade, "upgrade options", hint: "upgrade", when: .serviceOffers(.upgradeOptions)),
        KeyBinding([.escape, .char("h"), .left], .detail, .back, "back to the list"),
        // Upgrade
        KeyBinding([.char("k"), .up], .upgrade, .move(-1), "previous resource"),
        KeyBinding([.char("j"), .down], .upgrade, .move(1), "next resource"),
        KeyBinding([.right, .char("l"), .char(" ")], .upgrade, .changeOption(1), "next option (updates the estimate)", hint: "change"),
        KeyBinding([.left, .char("h")], .upgrade, .changeOption(-1), "previous option"),
        KeyBinding([.char("+")], .upgrade, .changeOption(1), "one more (quantities)"),
        KeyBinding([.char("-")], .upgrade, .changeOption(-1), "one less (quantities)"),
        KeyBinding([.enter], .upgrade, .submit, "send the upgrade request (asks first)", hint: "request"),
        KeyBinding([.escape], .upgrade, .back, "back to the service"),
        // Everywhere (outside forms)
        KeyBinding([.char("r")], .global, .refresh, "refresh the current pane", hint: "refresh"),
        KeyBinding([.char("?")], .global, .toggleHelp, "this help", hint: "help"),
        KeyBinding([.char("q")], .global, .back, "back; quits at the top level", hint: "quit/back"),
        // Filter line
        KeyBinding([.enter], .filter, .submit, "keep the filter and return to the list", hint: "done"),
        KeyBinding([.escape], .filter, .clearFilter, "clear the filter", hint: "clear"),
        KeyBinding([.up], .filter, .move(-1), "move up"),
        KeyBinding([.down], .filter, .move(1), "move down"),
        // Text fields
        KeyBinding([.enter], .textField, .submit, "save the label / go to the next field", hint: "ok"),
        KeyBinding([.escape], .textField, .cancelInput, "cancel editing", hint: "cancel"),
        KeyBinding([.backspace], .textField, .edit(.backspace), "delete before the cursor"),
        KeyBinding([.delete], .textField, .edit(.delete), "delete at the cursor"),
        KeyBinding([.left], .textField, .edit(.left), "cursor left"),
        KeyBinding([.right], .textField, .edit(.right), "cursor right"),
        KeyBinding([.home, .ctrl("a")], .textField, .edit(.home), "start of line"),
        KeyBinding([.end, .ctrl("e")], .textField, .edit(.end), "end of line"),
        KeyBinding([.ctrl("u")], .textField, .edit(.clear), "clear the field"),
        KeyBinding([.tab], .textField, .focusNext, "next field (dialogs)"),
        KeyBinding([.backTab], .textField, .focusPrevious, "previous field"),
        // Dialogs (default button "No")
        KeyBinding([.char("y")], .dialog, .confirm, "confirm (Yes)", hint: "yes"),
        KeyBinding([.char("n"), .escape, .char("q")], .dialog, .dismiss, "cancel (No)", hint: "no"),
        KeyBinding([.enter], .dialog, .submit, "press the focused button / next field", hint: "select"),
        KeyBinding([.tab, .down, .char("j")], .dialog, .focusNext, "next field"),
        KeyBinding([.backTab, .up, .char("k")], .dialog, .focusPrevious, "previous field"),
        KeyBinding([.left, .char("h")], .dialog, .changeOption(-1), "previous choice / button"),
        KeyBinding([.right, .char("l"), .char(" ")], .dialog, .changeOption(1), "next choice / button"),
        // Help overlay
        KeyBinding([.char("?"), .escape, .char("q")], .help, .toggleHelp, "close the help", hint: "close"),
        // Signing in, or sign-in failed
        KeyBinding([.char("r")], .signIn, .refresh, "try signing in again", hint: "retry"),
        KeyBinding([.char("q")], .signIn, .back, "quit", hint: "quit"),
        // Terminal too small
        KeyBinding([.char("q")], .tooSmall, .back, "quit", hint: "quit"),
    ])
}
