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

    @Test func dialogKeys() {
        var store = Store.detail()
        store.send(.beginCancel)
        #expect(keymap.action(for: .char("n"), in: store.state) == .dismiss)
        #expect(keymap.action(for: .escape, in: store.state) == .dismiss)
        #expect(keymap.action(for: .char("y"), in: store.state) == .confirm)
        store.send(.focusNext)   // the reason field takes typing, y included
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
            #expect(text.contains(b.help), "help lacks \(b.help)")
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

@Suite struct TextCanvasTests {
    @Test func wideCharactersTakeTwoCellsAndClip() {
        let canvas = TextCanvas(width: 6, height: 1)
        canvas.put(row: 0, col: 0, "日本語x", style: .normal)
        #expect(canvas.text() == "日本語")
        canvas.put(row: 0, col: 1, "a", style: .normal)
        #expect(canvas.text() == " a本語")
    }

    @Test func outsideIsClippedAndTrailingSpacesTrimmed() {
        let canvas = TextCanvas(width: 4, height: 2)
        canvas.put(row: 5, col: 0, "x", style: .normal)
        canvas.put(row: 0, col: -2, "abcdef", style: .normal)
        canvas.put(row: 1, col: 0, "z ", style: .normal)
        #expect(canvas.text() == "cdef\nz")
    }

    @Test func stylesAreKeptPerCell() {
        let canvas = TextCanvas(width: 10, height: 1)
        canvas.put(row: 0, col: 2, "ok", style: Style(.success))
        #expect(canvas.role(row: 0, col: 2) == .success)
        #expect(canvas.role(row: 0, col: 0) == .normal)
    }

    @Test func statusHasAColourRoleAndText() {
        let store = Store.loaded()
        let canvas = TextCanvas(width: 120, height: 40)
        render(store.state, into: canvas)
        guard let row = (0..<40).first(where: { canvas.row($0).contains("Suspended") }) else {
            Issue.record("no Suspended row"); return
        }
        guard let col = canvas.row(row).range(of: "Suspended").map({ canvas.row(row).distance(from: canvas.row(row).startIndex, to: $0.lowerBound) }) else { return }
        #expect(canvas.role(row: row, col: col) == .danger)
    }

    @Test func renderIsPure() {
        let state = Store.detail().state
        let a = TextCanvas(width: 80, height: 24), b = TextCanvas(width: 80, height: 24)
        render(state, into: a)
        render(state, into: b)
        #expect(a.cells == b.cells)
    }
}
