import PortalFixtures
import PortalAPI
@testable import PortalStore
import Testing

extension Store {
    static let twoProfiles = [
        ProfileSummary(name: "default", url: "https://a.example/api", user: "demo@example.com", session: .stored),
        ProfileSummary(name: "work", url: "https://b.example/api", user: "jane@example.com", session: .stored),
        ProfileSummary(name: "spare", url: "https://c.example/api", user: nil, session: .none),
    ]

    /// Signed in on `default` with services loaded and a detail being fetched, the chooser open
    /// and its list read.
    static func chooserOpen() -> Store {
        var store = Store.loaded()
        store.state.profiles = ProfilesState(active: "default", known: twoProfiles)
        store.send(.open)   // a service detail is being fetched when the chooser opens
        store.send(.showProfiles)
        store.send(.received(store.key(for: .profiles)!, .profiles(.success(twoProfiles))))
        return store
    }

    var chooser: ProfileChooser? {
        if case .profiles(let chooser)? = state.modal { return chooser }
        return nil
    }

    /// The switch request among the last effects.
    var switchKey: RequestKey? {
        for case .request(let key, .switchProfile) in effects { return key }
        return nil
    }
}

@Suite struct ProfileChooserTests {
    @Test func pOpensTheChooserOnTheActiveProfileAndReadsTheProfilesAgain() {
        var store = Store.loaded()
        store.state.profiles = ProfilesState(active: "work", known: Store.twoProfiles)
        store.send(.showProfiles)
        #expect(store.chooser?.selected == 1)
        #expect(store.chooser?.profiles == .loading(previous: Store.twoProfiles))   // the last list meanwhile
        #expect(store.requestedCalls() == [.profiles])
        var reread = Store.twoProfiles
        reread.append(ProfileSummary(name: "new", url: "https://d.example/api", user: "x@example.com", session: .stored))
        store.send(.received(store.key(for: .profiles)!, .profiles(.success(reread))))
        #expect(store.chooser?.rows.map(\.name) == ["default", "work", "spare", "new"])
        #expect(store.state.profiles.known.count == 4)
    }

    @Test func jkMoveWithinTheListAndEscQOrPClose() {
        var store = Store.chooserOpen()
        store.send(.move(-1))
        #expect(store.chooser?.selected == 0)
        store.send(.move(1)); store.send(.move(1)); store.send(.move(1))
        #expect(store.chooser?.selected == 2)
        store.send(.moveToFirst)
        #expect(store.chooser?.selected == 0)
        for close in [Action.dismiss, .back, .showProfiles] {
            var again = Store.chooserOpen()
            again.send(close)
            #expect(again.state.modal == nil)
            #expect(again.state.profiles.active == "default")
        }
    }

    @Test func enterOnTheActiveProfileOnlyCloses() {
        var store = Store.chooserOpen()
        store.send(.open)
        #expect(store.state.modal == nil)
        #expect(store.switchKey == nil)
    }

    @Test func aProfileListThatCannotBeReadSaysWhy() {
        var store = Store.loaded()
        store.send(.showProfiles)
        store.send(.received(store.key(for: .profiles)!, .profiles(.failure(.invalidRequest("config.yaml:3: bad")))))
        #expect(store.chooser?.profiles.errorMessage == "config.yaml:3: bad")
    }
}

@Suite struct ProfileSwitchTests {
    @Test func enterCancelsEveryRequestInFlightAndAsksToSwitch() {
        var store = Store.chooserOpen()
        #expect(store.state.requests.isPending(.serviceDetail))
        store.send(.move(1))
        store.send(.open)
        let cancelled = store.effects.compactMap { effect -> RequestSlot? in
            if case .cancel(let key) = effect { return key.slot }
            return nil
        }
        #expect(Set(cancelled).isSuperset(of: [.serviceDetail, .serviceMethods]))
        #expect(store.requestedCalls() == [.switchProfile("work")])
        #expect(store.state.requests.pending.keys.sorted { $0.rawValue < $1.rawValue } == [.session])
        #expect(store.chooser?.switching == "work")
        #expect(store.send(.move(1)).isEmpty && store.chooser?.selected == 1)   // keys wait for the answer
    }

    @Test func signedInClearsTheSectionsShowsTheAccountAndLoadsAsAfterASignIn() {
        var store = Store.chooserOpen()
        store.send(.move(1)); store.send(.open)
        let key = store.switchKey!
        let account = SignInAccount(url: "https://b.example/api", email: "jane@example.com")
        store.send(.received(key, .profileSwitch(.success(.signedIn(profile: "work", account: account, auth: .jwt)))))
        #expect(store.state.profiles.active == "work")
        #expect(store.state.header.user == "jane@example.com")
        #expect(store.state.session == .signedIn)
        #expect(store.state.modal == nil)
        #expect(store.state.services.summaries.value == nil)   // no row of the old profile
        #expect(store.state.services.path.isEmpty)
        #expect(store.requestedCalls().contains(.services))
        #expect(store.state.signIn.url.text == "https://b.example/api" && store.state.signIn.auth == .jwt)
    }

    @Test func noStoredSessionOpensTheFormPrefilledWithThatProfile() {
        var store = Store.chooserOpen()
        store.send(.moveToLast); store.send(.open)
        store.send(.received(store.switchKey!, .profileSwitch(.success(
            .needsSignIn(profile: "spare", url: "https://c.example/api", user: "sam@example.com", auth: .basic)))))
        #expect(store.state.profiles.active == "spare")
        #expect(store.state.signIn.presentation == .screen)
        #expect(store.state.signIn.url.text == "https://c.example/api")
        #expect(store.state.signIn.email.text == "sam@example.com")
        #expect(store.state.signIn.auth == .basic)
        #expect(store.state.signIn.focus == .password)
        #expect(store.state.services.summaries.value == nil)
        #expect(store.state.header.user.isEmpty)
    }

    @Test func escOnTheFormOfAProfileWithoutASessionGoesBackToTheOneLeft() {
        var store = Store.chooserOpen()
        store.send(.moveToLast); store.send(.open)
        store.send(.received(store.switchKey!, .profileSwitch(.success(
            .needsSignIn(profile: "spare", url: "https://c.example/api", user: "", auth: .auto)))))
        #expect(store.state.signIn.notice?.contains("Esc to go back to default") == true)
        store.send(.back)
        #expect(store.requestedCalls() == [.switchProfile("default")])
        #expect(!store.effects.contains(.quit))
        let back = store.switchKey!
        #expect(store.send(.edit(.insert("x"))).isEmpty)   // the form waits for the answer
        let account = SignInAccount(url: "https://a.example/api", email: "demo@example.com")
        store.send(.received(back, .profileSwitch(.success(.signedIn(profile: "default", account: account, auth: .auto)))))
        #expect(store.state.profiles.active == "default" && store.state.profiles.returnTo == nil)
        #expect(!store.state.signIn.isShown && store.state.session == .signedIn)
    }

    @Test func afterSigningInOnThatFormEscQuitsAgainAsOnAnyForm() {
        var store = Store.chooserOpen()
        store.send(.moveToLast); store.send(.open)
        store.send(.received(store.switchKey!, .profileSwitch(.success(
            .needsSignIn(profile: "spare", url: "https://c.example/api", user: "sam@example.com", auth: .auto)))))
        for c in "pw" { store.send(.edit(.insert(String(c)))) }
        store.send(.submit)
        let signIn = store.key(for: .signIn(SignInRequest(url: "https://c.example/api", email: "sam@example.com", password: "pw", auth: .auto)))!
        store.send(.received(signIn, .signIn(.success(SignedIn(account: SignInAccount(url: "https://c.example/api", email: "sam@example.com"))))))
        #expect(store.state.profiles.returnTo == nil)
        #expect(store.state.header.user == "sam@example.com")
    }

    @Test func anErrorKeepsTheOldProfileAndItsDataAndReloadsWhatWasCancelled() {
        var store = Store.chooserOpen()
        let rows = store.state.services.summaries.value
        store.send(.move(1)); store.send(.open)
        store.send(.received(store.switchKey!, .profileSwitch(.failure(.invalidRequest("config.yaml:7: profiles.work.auth: “\u{1b}[2J” bad")))))
        #expect(store.state.profiles.active == "default")
        #expect(store.state.header.user == "demo@example.com")
        #expect(store.state.services.summaries.value == rows)
        #expect(store.state.modal == nil)
        #expect(store.state.flash?.kind == .error)
        #expect(store.state.flash?.text.contains("config.yaml:7") == true)
        #expect(store.state.flash?.text.contains("Still on default") == true)
        #expect(store.state.flash?.text.contains("“^[[2J”") == true)   // the config's text, sanitised
        #expect(!store.requestedCalls().isEmpty)   // the cancelled detail loads again
    }

    @Test func aLateAnswerOfTheOldProfileIsDropped() {
        var store = Store.chooserOpen()
        let oldDetail = store.state.requests.pending[.serviceDetail].map { RequestKey(.serviceDetail, generation: $0) }!
        let oldList = RequestKey(.services, generation: 1)
        store.send(.move(1)); store.send(.open)
        let switchKey = store.switchKey!
        let switching = store.state
        store.send(.received(oldDetail, .service(.success(Fixtures.detail("301")))))   // while the switch runs
        #expect(store.state == switching)
        let account = SignInAccount(url: "https://b.example/api", email: "jane@example.com")
        store.send(.received(switchKey, .profileSwitch(.success(.signedIn(profile: "work", account: account, auth: .auto)))))
        let before = store.state
        store.send(.received(oldDetail, .service(.success(Fixtures.detail("301")))))
        store.send(.received(oldList, .services(.success(Fixtures.services))))
        #expect(store.state == before)
    }

    @Test func signingOutAfterASwitchSignsOutThatProfileWithItsServer() {
        var store = Store.chooserOpen()
        store.send(.move(1)); store.send(.open)
        let account = SignInAccount(url: "https://b.example/api", email: "jane@example.com")
        store.send(.received(store.switchKey!, .profileSwitch(.success(.signedIn(profile: "work", account: account, auth: .auto)))))
        store.send(.signOut)
        store.send(.confirm)
        #expect(store.requestedCalls() == [.signOut])
        #expect(store.state.profiles.active == "work")
        #expect(store.state.signIn.url.text == "https://b.example/api")
        #expect(store.state.signIn.email.text == "jane@example.com")
    }

    @Test func theHeaderNamesTheProfileOnlyWhenThereIsAChoice() {
        #expect(ProfilesState(active: "default", known: [Store.twoProfiles[0]]).headerName == nil)
        #expect(ProfilesState(active: "default", known: Store.twoProfiles).headerName == "default")
        #expect(ProfilesState(active: "work", known: []).headerName == "work")
    }
}
