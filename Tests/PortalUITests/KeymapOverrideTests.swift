import PortalFixtures
import PortalStore
@testable import PortalUI
import Testing

/// The config file's `keys:` table applied to the one keymap: the new keys work, the old ones do
/// not, the hints and the help show them, and mistakes are refused with the entry named.
@Suite struct KeymapOverrideTests {
    @Test func replacesTheKeysOfAnActionEverywhere() throws {
        let keymap = try Keymap.default.applying([KeyOverride(action: "refresh", keys: ["R", "F5"])])
        let state = Store.loaded().state
        #expect(keymap.action(for: .char("R"), in: state) == .refresh)
        #expect(keymap.action(for: .function(5), in: state) == .refresh)
        #expect(keymap.action(for: .char("r"), in: state) == nil)
        #expect(keymap.hints(in: state).contains { $0.keys == "R/F5" && $0.label == "refresh" })
        #expect(!keymap.hints(in: state).contains { $0.keys == "r" })
    }

    @Test func theHelpOverlayShowsTheUsersKeys() throws {
        let keymap = try Keymap.default.applying([KeyOverride(action: "move-down", keys: ["n", "Down"])])
        var store = Store.loaded()
        store.send(.toggleHelp)
        let canvas = TextCanvas(width: 100, height: 40)
        render(store.state, into: canvas, keymap: keymap)
        #expect(canvas.text().contains("n/↓"))
        #expect(!canvas.text().contains("j/↓"))
    }

    @Test func aContextLimitsTheChange() throws {
        let keymap = try Keymap.default.applying([KeyOverride(action: "list.open", keys: ["o"])])
        #expect(keymap.action(for: .char("o"), in: Store.loaded().state) == .open)
        #expect(keymap.action(for: .enter, in: Store.loaded().state) == nil)
        #expect(keymap.bindings.contains { $0.context == .upgrade && $0.keys == [.enter] })   // elsewhere unchanged
    }

    @Test func everyBindingHasAName() {
        let names = Keymap.default.bindings.map(\.actionName)
        #expect(names.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber } })
        #expect(names.contains("toggle-help") && names.contains("move-up") && names.contains("begin-label-edit"))
    }

    @Test func namesTellActionsApartWithinAContext() {
        for context in KeyContext.allCases {
            var actions: [String: Action] = [:]
            for b in Keymap.default.bindings where b.context == context {
                if let seen = actions[b.actionName] {
                    #expect(seen == b.action, "\(b.actionName) names two actions in \(context)")
                }
                actions[b.actionName] = b.action
            }
        }
        let names = Set(Keymap.default.bindings.map(\.actionName))
        #expect(names.isSuperset(of: ["section-services", "section-invoices", "next-section", "previous-section"]))
    }

    @Test func keyNamesAreRead() {
        #expect(Key(spec: "Enter") == .enter)
        #expect(Key(spec: "esc") == .escape)
        #expect(Key(spec: "Shift-Tab") == .backTab)
        #expect(Key(spec: "Ctrl-R") == .ctrl("r"))
        #expect(Key(spec: "F12") == .function(12))
        #expect(Key(spec: "Space") == .char(" "))
        #expect(Key(spec: "↑") == .up)
        #expect(Key(spec: "x") == .char("x"))
        #expect(Key(spec: "Ctrl-") == nil)
        #expect(Key(spec: "Hyper-X") == nil)
        #expect(Key(spec: "") == nil)
    }

    @Test func unknownActionIsRefused() {
        #expect(throws: KeyOverrideError(action: "refrsh", problem: "unknown action; `pio config --keys` lists them")) {
            try Keymap.default.applying([KeyOverride(action: "refrsh", keys: ["R"])])
        }
    }

    @Test func unknownContextIsRefused() {
        #expect { try Keymap.default.applying([KeyOverride(action: "lists.open", keys: ["o"])]) } throws: { error in
            (error as? KeyOverrideError)?.problem.hasPrefix("unknown context “lists”") == true
        }
    }

    @Test func unknownKeyIsRefused() {
        #expect { try Keymap.default.applying([KeyOverride(action: "refresh", keys: ["Hyper-R"])]) } throws: { error in
            (error as? KeyOverrideError)?.problem.hasPrefix("“Hyper-R” is not a key pio knows") == true
        }
    }

    @Test func aKeyBoundTwiceInOneContextIsRefused() {
        #expect { try Keymap.default.applying([KeyOverride(action: "cycle-sort", keys: ["j"])]) } throws: { error in
            let e = error as? KeyOverrideError
            return e?.action == "cycle-sort" && e?.problem == "j is already bound to “move-down” in Lists"
        }
    }

    @Test func aGlobalKeyThatAPaneAlreadyUsesIsRefused() {
        #expect { try Keymap.default.applying([KeyOverride(action: "refresh", keys: ["j"])]) } throws: { error in
            (error as? KeyOverrideError)?.problem == "j is already bound to “move-down” in Lists"
        }
    }

    @Test func keepingADefaultKeyIsNoConflict() throws {
        let keymap = try Keymap.default.applying([KeyOverride(action: "next-section", keys: ["Tab", "F2"])])
        #expect(keymap.bindings.contains { $0.actionName == "next-section" && $0.keys == [.tab, .function(2)] })
    }

    @Test func swappingTwoKeysIsAllowed() throws {
        let keymap = try Keymap.default.applying([KeyOverride(action: "move-down", keys: ["k"]),
                                                  KeyOverride(action: "move-up", keys: ["j"])])
        #expect(keymap.action(for: .char("k"), in: Store.loaded().state) == .move(1))
        #expect(keymap.action(for: .char("j"), in: Store.loaded().state) == .move(-1))
    }
}
