import PortalFixtures
import PortalAPI
import PortalStore
@testable import PortalUI
import Testing

/// The paging keys people bring from less, vim, htop and lazygit, in the one table.
@Suite struct PagingKeysTests {
    let keymap = Keymap.default

    @Test func listsPageWithSpaceBAndTheCtrlKeysAndOpenWithLOrRight() {
        let state = Store.loaded().state
        for key: Key in [.pageDown, .char(" "), .ctrl("f")] { #expect(keymap.action(for: key, in: state) == .page(1)) }
        for key: Key in [.pageUp, .char("b"), .ctrl("b")] { #expect(keymap.action(for: key, in: state) == .page(-1)) }
        #expect(keymap.action(for: .ctrl("d"), in: state) == .halfPage(1))
        #expect(keymap.action(for: .ctrl("u"), in: state) == .halfPage(-1))
        for key: Key in [.enter, .char("l"), .right] { #expect(keymap.action(for: key, in: state) == .open) }
        #expect(keymap.action(for: .function(1), in: state) == .toggleHelp)
        #expect(keymap.action(for: .char("y"), in: state) == nil, "nothing to copy on a list")
        let invoices = Store.invoices().state
        #expect(keymap.action(for: .char("l"), in: invoices) == .open)
        #expect(keymap.action(for: .ctrl("d"), in: invoices) == .halfPage(1))
    }

    @Test func theDetailsPageAndKeepTheirOwnLetters() {
        let service = Store.detail().state
        #expect(keymap.action(for: .char("b"), in: service) == .page(-1))
        #expect(keymap.action(for: .ctrl("f"), in: service) == .page(1))
        #expect(keymap.action(for: .ctrl("u"), in: service) == .halfPage(-1))
        #expect(keymap.action(for: .char("l"), in: service) == .beginLabelEdit, "l is the label on a service")
        #expect(keymap.action(for: .right, in: service) == nil)
        #expect(keymap.action(for: .char("h"), in: service) == .back)
        #expect(keymap.action(for: .char("y"), in: service) == .beginCopy)
        let invoice = Store.invoice(InvoiceFixtures.manyItems()).state
        #expect(keymap.action(for: .char(" "), in: invoice) == .page(1))
        #expect(keymap.action(for: .char("b"), in: invoice) == .page(-1))
        #expect(keymap.action(for: .ctrl("d"), in: invoice) == .halfPage(1))
        #expect(keymap.action(for: .char("y"), in: invoice) == .beginCopy)
    }

    @Test func theUpgradePaneAndTheConfiguratorPageButSpaceKeepsItsJob() {
        var upgrade = Store.detail()
        upgrade.send(.beginUpgrade)
        upgrade.send(.received(upgrade.key(for: .upgradeOptions(serviceID: "301"))!, .upgradeOptions(.success(Fixtures.upgradeOptions))))
        let paging: [(Key, Action)] = [(.ctrl("d"), .halfPage(1)), (.ctrl("u"), .halfPage(-1)), (.pageDown, .page(1)), (.ctrl("f"), .page(1)),
                                       (.pageUp, .page(-1)), (.char("b"), .page(-1)), (.ctrl("b"), .page(-1)),
                                       (.char("g"), .moveToFirst), (.char("G"), .moveToLast), (.home, .moveToFirst), (.end, .moveToLast)]
        for (key, action) in paging { #expect(keymap.action(for: key, in: upgrade.state) == action, "\(key.label) on the upgrade pane") }
        #expect(keymap.action(for: .char(" "), in: upgrade.state) == .changeOption(1), "Space changes the option")
        let configurator = Store.configuring().state
        for (key, action) in paging { #expect(keymap.action(for: key, in: configurator) == action, "\(key.label) in the configurator") }
        #expect(keymap.action(for: .char(" "), in: configurator) == .toggleOption, "Space ticks")
    }

    @Test func formsDialogsAndTheFilterKeepSpaceRightLAndY() {
        let configurator = Store.configuring().state
        #expect(keymap.action(for: .char(" "), in: configurator) == .toggleOption)
        #expect(keymap.action(for: .right, in: configurator) == .changeOption(1))
        #expect(keymap.action(for: .function(1), in: configurator) == .toggleHelp)
        var filter = Store.loaded()
        filter.send(.beginFilter)
        #expect(keymap.action(for: .char("l"), in: filter.state) == .edit(.insert("l")))
        #expect(keymap.action(for: .char("b"), in: filter.state) == .edit(.insert("b")))
        #expect(keymap.action(for: .ctrl("u"), in: filter.state) == .edit(.clear))
        var dialog = Store.detail()
        dialog.send(.beginCancel)
        #expect(keymap.action(for: .char("y"), in: dialog.state) == .confirm, "y still confirms a dialog")
        #expect(keymap.action(for: .char("l"), in: dialog.state) == .changeOption(1))
        var help = Store.loaded()
        help.send(.toggleHelp)
        #expect(keymap.action(for: .function(1), in: help.state) == .toggleHelp)
    }

    @Test func theCopyChooserTakesTheLettersOfTheValuesThePaneHas() {
        var store = Store.detail()
        store.send(.beginCopy)
        #expect(keymap.action(for: .char("p"), in: store.state) == .copy(.password))
        #expect(keymap.action(for: .char("u"), in: store.state) == .copy(.username))
        #expect(keymap.action(for: .char("n"), in: store.state) == nil, "no invoice number on a service")
        #expect(keymap.action(for: .escape, in: store.state) == .dismiss)
        #expect(keymap.action(for: .char("j"), in: store.state) == nil)
        var off = Store.detail()
        off.state.clipboardEnabled = false
        #expect(keymap.action(for: .char("y"), in: off.state) == nil)
        #expect(!keymap.hints(in: off.state).contains { $0.label == "copy" })
    }

    @Test func theChooserNamesTheValuesAndNeverShowsThem() {
        var store = Store.detail()
        store.send(.beginCopy)
        let canvas = TextCanvas(width: 80, height: 24)
        render(store.state, into: canvas)
        let text = canvas.text()
        #expect(text.contains("Copy to the clipboard"))
        #expect(text.contains("p  the password (not shown)"))
        #expect(text.contains("d  the domain"))
        #expect(!text.contains("pdtzc"))
        store.send(.copy(.password))
        let after = TextCanvas(width: 80, height: 24)
        render(store.state, into: after)
        #expect(after.text().contains("Copied the password (5 characters)"))
        #expect(!after.text().contains("pdtzc"))
    }

    @Test(arguments: ["list", "detail", "invoice"])
    func helpAt80x24ListsTheNewKeysAndTheTerminalsOwnAndFits(pane: String) {
        var store = pane == "list" ? Store.loaded() : pane == "detail" ? Store.detail() : Store.invoice()
        store.send(.toggleHelp)
        let canvas = TextCanvas(width: 80, height: 24)
        render(store.state, into: canvas)
        let text = canvas.text()
        for needle in ["Ctrl-C", "Ctrl-L", "Ctrl-Z", "?/F1", "Ctrl-U/Ctrl-D", "PgDn/Space/Ctrl-F", "PgUp/b/Ctrl-B"] {
            #expect(text.contains(needle), "\(pane): help lacks \(needle)")
        }
        #expect(!text.contains("more lines"), "\(pane): the help does not fit 80×24")
        if pane == "list" { #expect(text.contains("Enter/l/→")) }
        if pane != "list" { #expect(text.contains("y ")) }
    }

    @Test func theNewActionsHaveNamesTheConfigFileCanRebind() throws {
        let names = Set(keymap.bindings.map(\.actionName))
        #expect(names.isSuperset(of: ["half-page-up", "half-page-down", "begin-copy", "copy-password", "copy-amount-due"]))
        let custom = try keymap.applying([KeyOverride(action: "list.half-page-down", keys: ["J"])])
        #expect(custom.action(for: .char("J"), in: Store.loaded().state) == .halfPage(1))
    }
}

@Suite struct CopyChooserUnderSignInTests {
    @Test func aSessionThatEndsWhileTheChooserIsOpenGivesTheFormTheTyping() {
        var store = Store.detail()
        store.send(.beginCopy)
        store.state.signIn.presentation = .overlay   // what an ended session does (AppState.openSignIn)
        #expect(store.state.signIn.isShown)
        #expect(Keymap.default.action(for: .char("u"), in: store.state) == .edit(.insert("u")))
    }
}
