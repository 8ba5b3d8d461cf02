import PortalFixtures
import PortalAPI
import PortalStore
@testable import PortalUI
import Testing

/// The configurator's keys: controls answer their keys, a focused text field takes the typing.
@Suite struct CatalogueKeymapTests {
    let keymap = Keymap.default

    @Test func onAControlTheFormKeysApply() {
        let state = Store.configuring().state                 // focus on the billing cycle
        #expect(keymap.action(for: .tab, in: state) == .focusNext)
        #expect(keymap.action(for: .down, in: state) == .focusNext)
        #expect(keymap.action(for: .backTab, in: state) == .focusPrevious)
        #expect(keymap.action(for: .right, in: state) == .changeOption(1))
        #expect(keymap.action(for: .left, in: state) == .changeOption(-1))
        #expect(keymap.action(for: .char(" "), in: state) == .toggleOption)
        #expect(keymap.action(for: .char("+"), in: state) == .adjust(1))
        #expect(keymap.action(for: .char("-"), in: state) == .adjust(-1))
        #expect(keymap.action(for: .char("o"), in: state) == .review)
        #expect(keymap.action(for: .enter, in: state) == .submit)
        #expect(keymap.action(for: .char("q"), in: state) == .back)
    }

    @Test func aFocusedTextFieldTakesLettersThatAreKeysElsewhere() {
        var store = Store.configuring()
        store.send(.focusNext)                                // domain
        let state = store.state
        for c in ["o", "q", "+", " ", "3"] { #expect(keymap.action(for: .char(Character(c)), in: state) == .edit(.insert(c))) }
        #expect(keymap.action(for: .down, in: state) == .focusNext)
        #expect(keymap.action(for: .up, in: state) == .focusPrevious)
        #expect(keymap.action(for: .tab, in: state) == .focusNext)
        #expect(keymap.action(for: .enter, in: state) == .submit)
        #expect(keymap.action(for: .escape, in: state) == .cancelInput)
    }

    @Test func theConfirmDialogAndTheResultHaveTheirKeys() {
        var store = Store.configuredValid()
        store.send(.review)
        #expect(keymap.action(for: .enter, in: store.state) == .submit)
        store.send(.submit)
        #expect(keymap.action(for: .char("y"), in: store.state) == .confirm)
        #expect(keymap.action(for: .escape, in: store.state) == .dismiss)
        store.send(.confirm)
        let key = store.effects.compactMap { if case .request(let k, .order) = $0 { return k } else { return nil } }.first!
        store.send(.received(key, .order(.success(Fixtures.orderResult))))
        #expect(keymap.action(for: .char("i"), in: store.state) == .open)
        #expect(keymap.hints(in: store.state).contains { $0.label == "invoice" })
    }
}
