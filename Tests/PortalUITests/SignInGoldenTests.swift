import PortalFixtures
import PortalAPI
import PortalStore
@testable import PortalUI
import Testing

/// The sign-in form on its own, over the portal after a session ended, and the sign-out question.
@Suite struct SignInGoldenTests {
    static func form(email: String = "demo@example.com", password: String = "") -> Store {
        var state = AppState(user: "")
        state.signIn = SignInState(url: "https://cp.pio.hosting/api", email: email, auth: .auto)
        var store = Store(state)
        store.send(.start)
        for c in password { store.send(.edit(.insert(String(c)))) }
        return store
    }

    @Test(arguments: [(80, 24), (40, 10)])
    func signInScreen(width: Int, height: Int) {
        let store = Self.form(password: "Canary-pw")
        let screen = GoldenTests.screen(store, width, height)
        GoldenFile.check(screen, named: "sign-in-\(width)x\(height)")
        #expect(!screen.contains("Canary"))
        #expect(screen.contains("•••••••••") || width < 60)
    }

    @Test func wrongPasswordKeepsTheEmailAndSaysWhy() {
        var store = Self.form(password: "nope")
        store.send(.submit)
        let request = store.effects.compactMap { effect -> RequestKey? in
            if case .request(let key, .signIn) = effect { return key } else { return nil }
        }.first!
        store.send(.received(request, .signIn(.failure(.wrongCredentials))))
        let screen = GoldenTests.screen(store, 80, 24)
        GoldenFile.check(screen, named: "sign-in-wrong-password-80x24")
        #expect(screen.contains("The email or password is not right."))
        #expect(screen.contains("demo@example.com"))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func overlayAfterTheSessionEnded(width: Int, height: Int) {
        var store = Store.detail("301")
        store.state.signIn = SignInState(url: "https://cp.pio.hosting/api", email: "demo@example.com", auth: .auto, presentation: .hidden)
        store.send(.beginLabelEdit)
        for c in " (half typed)" { store.send(.edit(.insert(String(c)))) }
        store.send(.submit)
        let key = store.effects.compactMap { effect -> RequestKey? in
            if case .request(let key, .setLabel) = effect { return key } else { return nil }
        }.first!
        store.send(.received(key, .setLabel(.failure(.sessionExpired))))
        let screen = GoldenTests.screen(store, width, height)
        GoldenFile.check(screen, named: "sign-in-overlay-\(width)x\(height)")
        #expect(screen.contains("Your session has ended"))
    }

    @Test func signOutQuestion() {
        var store = Store.loaded()
        store.send(.signOut)
        let screen = GoldenTests.screen(store, 80, 24)
        GoldenFile.check(screen, named: "sign-out-80x24")
        #expect(screen.contains("Sign out demo@example.com?"))
    }

    @Test func formHintsComeFromTheKeymap() {
        let store = Self.form()
        let hints = Keymap.default.hints(in: store.state).map { "\($0.keys) \($0.label)" }
        #expect(hints.prefix(2) == ["Enter sign in", "Tab/↓ next"])
        #expect(Keymap.default.action(for: .char("q"), in: store.state) == .edit(.insert("q")))   // typed, not quit
        #expect(Keymap.default.action(for: .escape, in: store.state) == .back)
        #expect(Keymap.default.action(for: .char("O"), in: Store.loaded().state) == .signOut)
    }
}
