import PortalFixtures
import PortalAPI
import PortalStore
@testable import PortalUI
import Testing

@Suite struct KeymapTests {
    let keymap = Keymap.default

    @Test func listKeys() {
        let state = Store.loaded().state
        #expect(keymap.action(for: .char("j"), in: state) == .move(1))
        #expect(keymap.action(for: .down, in: state) == .move(1))
        #expect(keymap.action(for: .char("k"), in: state) == .move(-1))
        #expect(keymap.action(for: .pageDown, in: state) == .page(1))
        #expect(keymap.action(for: .pageUp, in: state) == .page(-1))
        #expect(keymap.action(for: .char("g"), in: state) == .moveToFirst)
        #expect(keymap.action(for: .char("G"), in: state) == .moveToLast)
        #expect(keymap.action(for: .enter, in: state) == .open)
        #expect(keymap.action(for: .char("s"), in: state) == .cycleSort)
        #expect(keymap.action(for: .char("/"), in: state) == .beginFilter)
        #expect(keymap.action(for: .char("q"), in: state) == .back)
        #expect(keymap.action(for: .char("?"), in: state) == .toggleHelp)
        #expect(keymap.action(for: .char("r"), in: state) == .refresh)
        #expect(keymap.action(for: .char("x"), in: state) == nil)
    }

    @Test func escThenAKeyWithinTheEscapeDelayIsEscThenTheKeyUnlessAltIsBound() {
        var store = Store.loaded()
        store.send(.beginFilter)
        #expect(keymap.keys(for: .alt("q"), in: store.state) == [.escape, .char("q")])
        #expect(keymap.keys(for: .char("q"), in: store.state) == [.char("q")])
        let list = Store.loaded().state
        #expect(keymap.keys(for: .alt("q"), in: list) == [.escape, .char("q")])
        let bound = Keymap(bindings: keymap.bindings + [KeyBinding([.alt("q")], .global, .toggleHelp, "help")])
        #expect(bound.keys(for: .alt("q"), in: list) == [.alt("q")])
    }

    @Test func altKeysAreWrittenAltDashAndTheCharacterKeepsItsCase() {
        #expect(Key(spec: "Alt-j") == .alt("j"))
        #expect(Key(spec: "m-J") == .alt("J"))
        #expect(Key(spec: "Meta-?") == .alt("?"))
        #expect(Key(spec: "Alt-") == nil)
        #expect(Key(spec: "Alt-ab") == nil)
        #expect(Key(spec: "Alt- ") == nil)
    }

    @Test func filterLineTypesLettersThatAreKeysElsewhere() {
        var store = Store.loaded()
        store.send(.beginFilter)
        #expect(keymap.action(for: .char("q"), in: store.state) == .edit(.insert("q")))
        #expect(keymap.action(for: .char("j"), in: store.state) == .edit(.insert("j")))
        #expect(keymap.action(for: .escape, in: store.state) == .clearFilter)
        #expect(keymap.action(for: .enter, in: store.state) == .submit)
        #expect(keymap.action(for: .ctrl("u"), in: store.state) == .edit(.clear))
        #expect(keymap.action(for: .backspace, in: store.state) == .edit(.backspace))
    }

    @Test func detailOffersOnlyListedActions() {
        let all = Store.detail().state
        #expect(keymap.action(for: .char("l"), in: all) == .beginLabelEdit)
        #expect(keymap.action(for: .char("c"), in: all) == .beginCancel)
        #expect(keymap.action(for: .char("u"), in: all) == .beginUpgrade)
        #expect(keymap.action(for: .char("p"), in: all) == .togglePassword)
        #expect(keymap.action(for: .escape, in: all) == .back)
        let none = Store.detail(methods: []).state
        #expect(keymap.action(for: .char("l"), in: none) == nil)
        #expect(keymap.action(for: .char("c"), in: none) == nil)
        #expect(keymap.action(for: .char("u"), in: none) == nil)
        #expect(!keymap.hints(in: none).contains { $0.label == "cancel" })
        #expect(keymap.hints(in: all).contains { $0.label == "cancel" })
    }

    @Test func passwordKeyOnlyWhenTheServiceHasOne() {
        var state = Store.detail().state
        #expect(keymap.action(for: .char("p"), in: state) == .togglePassword)
        var pane = state.services.detail!
        pane.detail = .loaded(ServiceDetail(json: Fixtures.json(#"{"id":"301","domain":"a.example","status":"Active"}"#)))
        state.services.path = [.detail(pane)]
        #expect(keymap.action(for: .char("p"), in: state) == nil)
        #expect(!keymap.hints(in: state).contains { $0.label == "password" })
    }

    @Test func dialogKeys() {
        var store = Store.detail()
        store.send(.beginCancel)
        #expect(keymap.action(for: .char("n"), in: store.state) == .dismiss)
        #expect(keymap.action(for: .escape, in: store.state) == .dismiss)
        #expect(keymap.action(for: .char("y"), in: store.state) == .confirm)
        store.send(.focusPrevious)   // the reason field takes typing, y included
        #expect(keymap.action(for: .char("y"), in: store.state) == .edit(.insert("y")))
        #expect(keymap.action(for: .tab, in: store.state) == .focusNext)
    }

    @Test func tooSmallOnlyQuits() {
        var store = Store.loaded()
        store.send(.resized(width: 20, height: 5))
        #expect(keymap.action(for: .char("q"), in: store.state) == .back)
        #expect(keymap.action(for: .char("j"), in: store.state) == nil)
    }

    @Test func everyBindingHasHelpAndNoKeyIsBoundTwiceInAContext() {
        for b in keymap.bindings { #expect(!b.help.isEmpty) }
        for context in KeyContext.allCases {
            let keys = keymap.bindings.filter { $0.context == context }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "duplicate key in \(context)")
        }
    }

    @Test func helpOverlayAndHintsComeFromTheTable() {
        var store = Store.loaded()
        store.send(.toggleHelp)
        let canvas = TextCanvas(width: 80, height: 24)
        render(store.state, into: canvas)
        let text = canvas.text()
        for b in keymap.bindings where b.context == .list || b.context == .global {
            #expect(text.contains(b.helpGroup ?? b.help), "help lacks \(b.helpGroup ?? b.help)")
        }
        var custom = Keymap.default
        custom.bindings = custom.bindings.map { b in
            var b = b
            if b.action == .cycleSort { b.keys = [.char("o")]; b.hint = "order" }
            return b
        }
        let list = Store.loaded().state
        #expect(custom.action(for: .char("o"), in: list) == .cycleSort)
        #expect(custom.action(for: .char("s"), in: list) == nil)
        let bar = TextCanvas(width: 80, height: 24)
        render(list, into: bar, keymap: custom)
        #expect(bar.row(23).contains("o order"))
    }
}

@Suite struct HelpShadowingTests {
    @Test func keysAFormTakesAreNotAdvertisedForTheirGlobalMeaning() {
        var store = Store.configuring()
        store.send(.toggleHelp)
        let canvas = TextCanvas(width: 120, height: 60)
        render(store.state, into: canvas)
        let text = canvas.text()
        #expect(text.contains("next / previous field"))
        #expect(!text.contains("next / previous section"), "Tab moves between fields in the configurator")
        #expect(text.contains("refresh the current pane"))   // r is not taken, so it is still listed
    }

    @Test func theServicesListStillListsTheSectionKeys() {
        var store = Store.loaded()
        store.send(.toggleHelp)
        let canvas = TextCanvas(width: 120, height: 60)
        render(store.state, into: canvas)
        #expect(canvas.text().contains("next / previous section"))
    }
}

@Suite struct RefreshOfferedTests {
    @Test func theReviewDoesNotOfferARefreshThatWouldDoNothing() {
        var store = Store.configuredValid()
        store.send(.review)
        #expect(store.state.catalogue.paneRefreshes == false)
        #expect(Keymap.default.action(for: .char("r"), in: store.state) == nil)
        #expect(!Keymap.default.hints(in: store.state).contains { $0.label == "refresh" })
        #expect(Keymap.default.action(for: .char("r"), in: Store.loaded().state) == .refresh)
    }
}
