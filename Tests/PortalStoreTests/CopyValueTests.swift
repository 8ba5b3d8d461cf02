import PortalFixtures
import PortalAPI
import PortalStore
import Testing

/// `y` then a letter: a value of the open service or invoice goes out as an effect for the
/// terminal (OSC 52), and the message says what was copied without showing the password.
@Suite struct CopyValueTests {
    @Test func yOffersTheServiceValuesAndALetterCopiesThePasswordWithoutShowingIt() {
        var store = Store.detail()
        #expect(store.state.copyableValues.map(\.target) == [.username, .password, .domain, .id])
        #expect(store.send(.beginCopy).isEmpty)
        #expect(store.state.modal == .copy)
        let effects = store.send(.copy(.password))
        #expect(effects == [.copyToClipboard(label: "the password", text: "pdtzc")])
        #expect(store.state.flash == Flash(.info, "Copied the password (5 characters)"))
        #expect(store.state.modal != .copy)
        #expect(store.state.services.detail?.passwordShown == false)
    }

    @Test func theOtherValuesAreNamedWithWhatWasCopied() {
        var store = Store.detail()
        store.send(.beginCopy)
        #expect(store.send(.copy(.domain)) == [.copyToClipboard(label: "the domain", text: "examplename.com")])
        #expect(store.state.flash?.text == "Copied the domain (examplename.com)")
        store.send(.beginCopy)
        #expect(store.send(.copy(.username)) == [.copyToClipboard(label: "the username", text: "examplen")])
        store.send(.beginCopy)
        #expect(store.send(.copy(.id)) == [.copyToClipboard(label: "the id", text: "301")])
    }

    @Test func escOrAnyOtherKeyLeavesTheChooserCopyingNothing() {
        var store = Store.detail()
        store.send(.beginCopy)
        #expect(store.send(.dismiss).isEmpty)
        #expect(store.state.modal != .copy)
        #expect(store.state.services.path.count == 1, "Esc leaves the chooser, not the service")
        store.send(.beginCopy)
        store.send(.move(1))
        #expect(store.state.modal != .copy)
    }

    @Test func theCopiedTextIsTheSanitisedValueNeverTheServersBytes() {
        var store = Store.detail()
        var pane = store.state.services.detail!
        pane.detail = .loaded(ServiceDetail(json: Fixtures.json(
            #"{"id":"301","domain":"a.example","status":"Active","password":"pw\u001b]52;c;eA==\u0007x"}"#)))
        store.state.services.path = [.detail(pane)]
        store.send(.beginCopy)
        let effects = store.send(.copy(.password))
        #expect(effects == [.copyToClipboard(label: "the password", text: "pw^[]52;c;eA==^Gx")])
        #expect(store.state.flash?.text == "Copied the password (17 characters)")
    }

    @Test func anInvoiceOffersItsNumberAndTheAmountDueTheLocalesWay() {
        var store = Store.invoice()
        #expect(store.state.copyableValues.map(\.target) == [.number, .amountDue])
        store.send(.beginCopy)
        #expect(store.send(.copy(.number)) == [.copyToClipboard(label: "the invoice number", text: "2026/309010")])
        store.state.locale = .de
        store.send(.beginCopy)
        #expect(store.send(.copy(.amountDue)) == [.copyToClipboard(label: "the amount due", text: "6,99")])
        #expect(store.state.flash?.text == "Copied the amount due (6,99)")
    }

    @Test func nothingIsOfferedOnAListAndAValueThePaneLacksCopiesNothing() {
        var list = Store.loaded()
        #expect(list.state.copyableValues.isEmpty)
        list.send(.beginCopy)
        #expect(list.state.modal != .copy)
        var store = Store.invoice()
        store.send(.beginCopy)
        #expect(store.send(.copy(.password)).isEmpty)
    }

    @Test func theSettingOffCopiesNothingAndSaysWhy() {
        var store = Store.detail()
        store.state.clipboardEnabled = false
        #expect(store.send(.beginCopy).isEmpty)
        #expect(store.state.modal != .copy)
        #expect(store.state.flash?.text.contains("clipboard: false") == true)
        #expect(store.send(.copy(.password)).isEmpty)
    }
}
