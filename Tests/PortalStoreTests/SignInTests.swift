import PortalFixtures
import PortalAPI
@testable import PortalStore
import Testing

extension Store {
    /// No stored session: the sign-in form prefilled with the server.
    static func signInForm(email: String = "") -> Store {
        var state = AppState(user: "")
        state.signIn = SignInState(url: "https://portal.example/api", email: email, auth: .auto)
        var store = Store(state)
        store.send(.start)
        return store
    }

    mutating func type(_ text: String) {
        for c in text { send(.edit(.insert(String(c)))) }
    }

    /// The request the last effects sent for the sign-in form.
    var signInRequest: SignInRequest? {
        for case .request(_, .signIn(let request)) in effects { return request }
        return nil
    }
}

/// The sign-in form on its own: fields, submitting, errors as sentences, the password's life.
@Suite struct SignInFormTests {
    @Test func startWithTheFormShownSendsNothing() {
        let store = Store.signInForm()
        #expect(store.effects.isEmpty)
        #expect(store.state.signIn.presentation == .screen)
        #expect(store.state.signIn.focus == .email)
    }

    @Test func enterOnEmailMovesOnAndEnterOnPasswordSignsIn() {
        var store = Store.signInForm()
        store.type("demo@example.com")
        store.send(.submit)
        #expect(store.state.signIn.focus == .password)
        #expect(store.effects.isEmpty)
        store.type("s3cret pass")
        store.send(.submit)
        #expect(store.signInRequest == SignInRequest(url: "https://portal.example/api", email: "demo@example.com",
                                                     password: "s3cret pass", auth: .auto))
        #expect(store.state.signIn.submitting)
        #expect(store.state.session == .signingIn)
        #expect(store.state.signIn.password.text.isEmpty)   // the password left the state with the request
    }

    @Test func keysWhileSubmittingAreIgnored() {
        var store = Store.signInForm(email: "demo@example.com")
        store.type("pw")
        store.send(.submit)
        #expect(store.send(.submit).isEmpty)
        #expect(store.send(.edit(.insert("x")))
            .isEmpty && store.state.signIn.password.text.isEmpty)
    }

    @Test func aMissingFieldIsNamedAndFocused() {
        var store = Store.signInForm(email: "demo@example.com")
        store.send(.submit)
        #expect(store.effects.isEmpty)
        #expect(store.state.signIn.message == "Enter your password.")
        #expect(store.state.signIn.focus == .password)
        store.send(.focusPrevious)
        store.send(.edit(.clear))
        store.send(.focusNext)
        store.type("pw")
        store.send(.submit)
        #expect(store.state.signIn.message == "Enter your account's email address.")
        #expect(store.state.signIn.focus == .email)
    }

    @Test func wrongLoginIsASentenceKeepsTheEmailAndClearsThePassword() {
        var store = Store.signInForm(email: "demo@example.com")
        store.type("wrong")
        store.send(.submit)
        let key = store.key(for: .signIn(store.signInRequest!))!
        store.send(.received(key, .signIn(.failure(.wrongCredentials))))
        #expect(store.state.signIn.message == "The email or password is not right. Check both and try again.")
        #expect(store.state.signIn.email.text == "demo@example.com")
        #expect(store.state.signIn.password.text.isEmpty)
        #expect(store.state.signIn.focus == .password)
        #expect(!store.state.signIn.submitting)
        #expect(store.state.session == .signedOut)
    }

    @Test func serverKeysAndNetworkProblemsReadAsSentences() {
        #expect(SignInState.sentence(for: .server(ServerMessages([SafeText("internal_error_0")])), auth: .jwt)
            == "This server does not offer token sign-in. Choose Auth: basic or auto and try again.")
        #expect(SignInState.sentence(for: .offline("connection refused"), auth: .auto)
            == "Cannot reach the server (connection refused). Check the URL and your network.")
        #expect(SignInState.sentence(for: .httpStatus(404, ServerMessages([])), auth: .auto).hasPrefix("There is no User API at this address"))
        var store = Store.signInForm(email: "demo@example.com")
        store.type("pw")
        store.send(.submit)
        store.send(.received(store.key(for: .signIn(store.signInRequest!))!, .signIn(.failure(.offline("refused")))))
        #expect(store.state.signIn.focus == .url)   // the address is what to check
    }

    @Test func authModeCyclesWithArrowsAndSpace() {
        var store = Store.signInForm()
        store.send(.focusPrevious)   // email → url
        store.send(.focusPrevious)   // url → auth (wraps)
        #expect(store.state.signIn.focus == .auth)
        store.send(.edit(.right))
        #expect(store.state.signIn.auth == .jwt)
        store.send(.edit(.insert(" ")))
        #expect(store.state.signIn.auth == .basic)
        store.send(.edit(.left))
        #expect(store.state.signIn.auth == .jwt)
        store.send(.edit(.insert("x")))   // no typing into a choice
        #expect(store.state.signIn.auth == .jwt)
    }

    @Test func successShowsThePortalAndLoadsIt() {
        var store = Store.signInForm(email: "demo@example.com")
        store.type("demo")
        store.send(.submit)
        let account = SignInAccount(url: "https://portal.example/api", email: "demo@example.com")
        store.send(.received(store.key(for: .signIn(store.signInRequest!))!, .signIn(.success(SignedIn(account: account)))))
        #expect(store.state.session == .signedIn)
        #expect(!store.state.signIn.isShown)
        #expect(store.state.header.user == "demo@example.com")
        #expect(store.requestedCalls() == [.services, .balance])
    }

    @Test func escQuitsTheFormBeforeThePortal() {
        var store = Store.signInForm()
        #expect(store.send(.cancelInput) == [.quit])
    }

    @Test func theRequestNeverDescribesThePassword() {
        let request = SignInRequest(url: "https://x.example/api", email: "a@b.c", password: "Canary-9d1f", auth: .auto)
        let effect = Effect.request(RequestKey(.session, generation: 1), .signIn(request))
        var dumped = ""
        dump(effect, to: &dumped)
        for text in [String(describing: effect), String(reflecting: effect), "\(request)", dumped] {
            #expect(!text.contains("Canary-9d1f"), "\(text)")
        }
    }
}

/// A session that ends mid-use: the form over the portal, and everything the user was doing
/// still there after signing in again.
@Suite struct SessionExpiryTests {
    /// The label editor open with text typed, other sections away from their first pane.
    static func busyPortal() -> Store {
        var store = Store.detail("301")
        store.state.signIn = SignInState(url: "https://portal.example/api", email: "demo@example.com", auth: .auto,
                                         presentation: .hidden)
        store.send(.beginLabelEdit)
        store.send(.edit(.clear))
        store.type("half-typed label")
        store.state.invoices.path = [.detail(InvoiceDetailState(invoiceID: "309011"))]
        store.state.catalogue.path = [.products(categoryID: "401"), .configure(ConfiguratorPane(productID: "401"))]
        return store
    }

    static func expire(_ store: inout Store) {
        store.send(.submit)   // saving the label finds the session gone
        let key = store.key(for: .setLabel(serviceID: "301", label: "half-typed label"))!
        store.send(.received(key, .setLabel(.failure(.sessionExpired))))
    }

    @Test func aRefusedRefreshOpensTheFormOverThePortal() {
        var store = Self.busyPortal()
        Self.expire(&store)
        #expect(store.state.signIn.presentation == .overlay)
        #expect(store.state.signIn.message == "Your session has ended. Sign in again to carry on where you were.")
        #expect(store.state.signIn.email.text == "demo@example.com")
        #expect(store.state.signIn.focus == .password)
        #expect(store.state.session == .signedOut)
        // Keys now go to the form, not to the label editor underneath.
        store.type("demo")
        #expect(store.state.signIn.password.text == "demo")
        #expect(store.state.services.labelEditor?.field.text == "half-typed label")
        #expect(store.send(.cancelInput).isEmpty)   // Esc does not quit or close: the forms underneath stay
        #expect(store.state.signIn.isShown)
    }

    @Test func signingInAgainLeavesEverySectionAsItWas() {
        var store = Self.busyPortal()
        Self.expire(&store)
        let services = store.state.services, invoices = store.state.invoices, catalogue = store.state.catalogue
        let section = store.state.section
        store.type("demo")
        store.send(.submit)
        #expect(store.state.services == services && store.state.invoices == invoices && store.state.catalogue == catalogue)
        let account = SignInAccount(url: "https://portal.example/api/", email: "Demo@Example.com")
        store.send(.received(store.key(for: .signIn(store.signInRequest!))!, .signIn(.success(SignedIn(account: account)))))
        #expect(store.state.session == .signedIn)
        #expect(!store.state.signIn.isShown)
        #expect(store.state.section == section)
        #expect(store.state.services == services)
        #expect(store.state.invoices == invoices)
        #expect(store.state.catalogue == catalogue)
        #expect(store.state.services.labelEditor?.field.text == "half-typed label")
        #expect(store.state.invoices.route == .detail(id: "309011"))
        #expect(store.state.catalogue.path == [.products(categoryID: "401"), .configure(ConfiguratorPane(productID: "401"))])
        #expect(store.requestedCalls() == [.balance])
        #expect(store.state.flash?.text.hasPrefix("Signed in again as") == true)
        // And the label can be saved now.
        store.send(.submit)
        #expect(store.requestedCalls() == [.setLabel(serviceID: "301", label: "half-typed label")])
    }

    /// Every section mid-form: a label being typed, a credit amount, a configured product, and
    /// the user in the configurator when the header's balance refresh finds the session gone.
    static func everyFormOpen() -> Store {
        var services = Store.detail("301")
        services.send(.beginLabelEdit)
        services.send(.edit(.clear))
        services.type("new label")
        var invoices = Store.invoice()
        invoices.send(.beginCredit)
        invoices.send(.focusNext)
        invoices.send(.edit(.clear))
        invoices.type("5.00")
        let catalogue = Store.configuredValid()
        var store = catalogue
        store.state.services = services.state.services
        store.state.invoices = invoices.state.invoices
        store.state.signIn = SignInState(url: "https://portal.example/api", email: "demo@example.com", auth: .auto,
                                         presentation: .hidden)
        return store
    }

    @Test func labelCreditAmountAndConfiguratorChoicesSurviveSigningInAgain() throws {
        var store = Self.everyFormOpen()
        #expect(store.state.section == .catalogue)
        #expect(store.state.services.labelEditor?.field.text == "new label")
        #expect(store.state.invoices.creditDialog?.form.amount.text == "5.00")
        let model = try #require(store.state.catalogue.configurator?.model)
        let before = (store.state.services, store.state.invoices, store.state.catalogue)
        let balance = store.state.requests.start(.balance, .balance)
        guard case .request(let key, _) = balance else { Issue.record("no request"); return }
        store.send(.received(key, .balance(.failure(.sessionExpired))))
        #expect(store.state.signIn.isOverlay)
        store.type("demo")   // into the password field, not into the configurator
        #expect(store.state.catalogue == before.2)
        store.send(.submit)
        let account = SignInAccount(url: "https://portal.example/api", email: "demo@example.com")
        store.send(.received(store.key(for: .signIn(store.signInRequest!))!, .signIn(.success(SignedIn(account: account)))))
        #expect(store.state.session == .signedIn)
        #expect(store.state.section == .catalogue)
        #expect(store.state.services == before.0)
        #expect(store.state.invoices == before.1)
        #expect(store.state.catalogue == before.2)
        #expect(store.state.services.labelEditor?.field.text == "new label")
        #expect(store.state.invoices.creditDialog?.form.amount.text == "5.00")
        #expect(store.state.catalogue.configurator?.model == model)
    }

    @Test func signingInAsSomeoneElseStartsAfresh() {
        var store = Self.busyPortal()
        Self.expire(&store)
        store.send(.focusPrevious)
        store.send(.edit(.clear))
        store.type("other@example.com")
        store.send(.focusNext)
        store.type("pw")
        store.send(.submit)
        let account = SignInAccount(url: "https://portal.example/api", email: "other@example.com")
        store.send(.received(store.key(for: .signIn(store.signInRequest!))!, .signIn(.success(SignedIn(account: account)))))
        #expect(store.state.services.detail == nil)
        #expect(store.state.invoices.path.isEmpty && store.state.catalogue.path.isEmpty)
        #expect(store.state.header.user == "other@example.com")
        #expect(store.requestedCalls() == [.services, .balance])
    }

    @Test func aSecondAuthFailureWhileTheFormIsUpKeepsWhatWasTyped() {
        var store = Self.busyPortal()
        Self.expire(&store)
        store.type("dem")
        store.send(.received(RequestKey(.balance, generation: 999), .balance(.failure(.sessionExpired))))   // stale: dropped
        #expect(store.state.signIn.password.text == "dem")
    }
}

/// The sign-out key: asks first, then revokes and clears the portal.
@Suite struct SignOutTests {
    @Test func askingFirstAndNoKeepsEverything() {
        var store = Store.loaded()
        store.send(.signOut)
        #expect(store.state.signOutDialog != nil)
        #expect(store.effects.isEmpty)
        store.send(.submit)   // Enter presses "No"
        #expect(store.state.signOutDialog == nil)
        #expect(store.state.session == .signedIn)
        #expect(store.state.services.summaries.value?.count == 4)
    }

    @Test func yesRevokesAndShowsTheFormWithNothingOfTheAccountLeft() {
        var store = Store.loaded()
        store.state.signIn = SignInState(url: "https://portal.example/api", email: "demo@example.com", auth: .jwt, presentation: .hidden)
        store.send(.refresh)   // a request in flight
        store.send(.signOut)
        store.send(.confirm)
        #expect(store.effects.contains { if case .cancel(let k) = $0 { return k.slot == .services } else { return false } })
        #expect(store.requestedCalls() == [.signOut])
        #expect(store.state.signIn.presentation == .screen)
        #expect(store.state.signIn.email.text == "demo@example.com")
        #expect(store.state.signIn.auth == .jwt)
        #expect(store.state.services.summaries == .idle)
        #expect(store.state.header.balance == .idle && store.state.header.user.isEmpty)
        store.send(.received(store.key(for: .signOut)!, .signOut(.success(.revoked))))
        #expect(store.state.signIn.notice == "Signed out. The server revoked the session.")
        store.send(.received(RequestKey(.session, generation: store.state.requests.lastGeneration), .signOut(.success(.localOnly("x")))))
        #expect(store.state.signIn.notice == "Signed out. The server revoked the session.")   // stale answer dropped
    }

    @Test func offlineSignOutSaysSo() {
        var store = Store.loaded()
        store.send(.signOut)
        store.send(.confirm)
        store.send(.received(store.key(for: .signOut)!, .signOut(.success(.localOnly("Cannot reach the server.")))))
        #expect(store.state.signIn.notice == "Signed out here; the server could not revoke the session (Cannot reach the server.).")
    }
}
