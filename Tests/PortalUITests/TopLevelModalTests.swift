import PortalFixtures
import PortalAPI
import PortalStore
@testable import PortalUI
import Testing

/// The top level's one modal (`AppState.modal`) and the sign-in form, which is its own field
/// because a session can end under any modal: help and the sign-out question stay over the form
/// and keep the keys; the copy chooser goes under it (`CopyChooserUnderSignInTests`).
@Suite struct TopLevelModalTests {
    let keymap = Keymap.default

    /// A refresh in flight, `open` on top, then the refresh finds the session gone.
    static func sessionEnds(under open: Action) -> Store {
        var store = Store.loaded()
        store.send(.refresh)
        let list = store.key(for: .services)!
        store.send(open)
        store.send(.received(list, .services(.failure(.sessionExpired))))
        return store
    }

    static func screen(_ state: AppState) -> String {
        let canvas = TextCanvas(width: 80, height: 24)
        render(state, into: canvas)
        return canvas.text()
    }

    @Test func theSignOutQuestionStaysOverTheFormAndIsAnsweredFirst() {
        var store = Self.sessionEnds(under: .signOut)
        #expect(store.state.signIn.isOverlay)
        #expect(store.state.signOutDialog != nil)
        #expect(KeyContext.chain(for: store.state) == [.dialog])
        #expect(keymap.action(for: .char("u"), in: store.state) == nil)
        let screen = Self.screen(store.state)
        #expect(screen.contains("Sign out demo@example.com?"), "the question is drawn over the form")
        #expect(screen.contains("Your session has ended"))
        store.send(.submit)   // Enter presses "No"
        #expect(store.state.modal == nil)
        #expect(KeyContext.chain(for: store.state) == [.signInForm, .textField])
        store.send(.edit(.insert("u")))
        #expect(store.state.signIn.password.text == "u")
    }

    @Test func helpStaysOverTheFormAndClosingItGivesTheFormTheKeys() {
        var store = Self.sessionEnds(under: .toggleHelp)
        #expect(store.state.signIn.isOverlay)
        #expect(store.state.modal == .help)
        #expect(KeyContext.chain(for: store.state) == [.help])
        #expect(HelpOverlay.contexts(for: store.state) == [.signInForm, .textField])
        store.send(.edit(.insert("u")))
        #expect(store.state.signIn.password.text.isEmpty)
        #expect(store.send(.back).isEmpty)   // closes the help, does not quit
        #expect(store.state.modal == nil)
        #expect(store.state.signIn.isShown)
        store.send(.edit(.insert("u")))
        #expect(store.state.signIn.password.text == "u")
    }

    @Test func oneModalAtATime() {
        var store = Store.detail()
        store.send(.beginCopy)
        #expect(store.state.modal == .copy)
        store.send(.toggleHelp)   // no key sends it here (the chooser's context has none): it changes nothing
        #expect(store.state.modal == .copy)
        store.send(.dismiss)
        store.send(.signOut)
        #expect(store.state.signOutDialog != nil)
        store.send(.beginCopy)   // the question takes every key
        #expect(store.state.signOutDialog != nil)
    }
}
