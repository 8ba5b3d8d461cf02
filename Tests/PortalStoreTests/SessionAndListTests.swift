import PortalFixtures
import PortalAPI
@testable import PortalStore
import Testing

@Suite struct SessionTests {
    @Test func startSignsInThenLoadsServicesAndBalance() {
        var store = Store()
        store.send(.start)
        #expect(store.state.session == .signingIn)
        #expect(store.requestedCalls() == [.login])
        #expect(store.state.wantsTicks)
        let key = store.key(for: .login)!
        store.send(.received(key, .login(.success(Empty()))))
        #expect(store.state.session == .signedIn)
        #expect(store.requestedCalls() == [.services, .balance])
        #expect(store.state.services.summaries == .loading(previous: nil))
    }

    @Test func wrongCredentialsOpenTheSignInFormWithASentenceAndEscQuits() {
        var store = Store()
        store.send(.start)
        store.send(.received(store.key(for: .login)!, .login(.failure(.wrongCredentials))))
        #expect(store.state.signIn.presentation == .screen)
        #expect(store.state.signIn.message == "The email or password is not right. Check both and try again.")
        #expect(!store.state.wantsTicks)
        #expect(store.send(.cancelInput) == [.quit])
    }

    @Test func refreshAfterFailedSignInRetries() {
        var store = Store()
        store.send(.start)
        store.send(.received(store.key(for: .login)!, .login(.failure(.offline("refused")))))
        store.send(.refresh)
        #expect(store.state.session == .signingIn)
        #expect(store.requestedCalls() == [.login])
    }

    @Test func secondStartDoesNotSignInTwice() {
        var store = Store()
        store.send(.start)
        #expect(store.send(.start).isEmpty)
    }

    @Test func ticksAdvanceTheSpinnerOnlyWhileRequestsRun() {
        var store = Store()
        store.send(.tick)
        #expect(store.state.spinnerPhase == 0)
        store.send(.start)
        store.send(.tick)
        #expect(store.state.spinnerPhase == 1)
    }

    @Test func failedBalanceLeavesTheListAlone() {
        var store = Store()
        store.send(.start)
        store.send(.received(store.key(for: .login)!, .login(.success(Empty()))))
        let balance = store.key(for: .balance)!
        store.send(.received(balance, .balance(.failure(.httpStatus(500, ServerMessages([]))))))
        #expect(store.state.header.balance.value == nil)
        #expect(store.state.header.balance.errorMessage != nil)
        #expect(store.state.services.summaries.isLoading)
        #expect(store.state.session == .signedIn)
    }

    @Test func escInTheFilterLineClearsIt() {
        var store = Store.loaded()
        store.send(.beginFilter)
        store.send(.edit(.insert("shop")))
        store.send(.cancelInput)
        #expect(!store.state.services.isEditingFilter)
        #expect(store.state.services.list.filter.text.isEmpty)
        #expect(store.state.services.visibleServices.count == 4)
    }

    @Test func expiredSessionDuringListLoadAsksToSignInAgain() {
        var store = Store.loaded()
        store.send(.refresh)
        store.send(.received(store.key(for: .services)!, .services(.failure(.sessionExpired))))
        #expect(store.state.signIn.presentation == .overlay)
        #expect(store.state.session == .signedOut)
    }
}

@Suite struct ListTests {
    @Test func loadingThenLoadedThenFailedRefreshKeepsRows() {
        var store = Store.loaded()
        #expect(store.state.services.summaries.value?.count == 4)
        store.send(.refresh)
        #expect(store.state.services.summaries == .loading(previous: Fixtures.services))
        store.send(.received(store.key(for: .services)!, .services(.failure(.timedOut))))
        #expect(store.state.services.summaries.value == Fixtures.services)
        #expect(store.state.services.summaries.errorMessage == APIError.timedOut.message)
    }

    @Test func defaultSortIsNextDueWithUndatedLast() {
        let store = Store.loaded()
        #expect(store.state.services.visibleServices.map(\.id) == ["303", "302", "301", "304"])
    }

    @Test func sortCyclesThroughNextDueStatusAmountDomain() {
        var store = Store.loaded()
        store.send(.cycleSort)
        #expect(store.state.services.list.sort.column == .status)
        #expect(store.state.services.visibleServices.map(\.id) == ["303", "302", "301", "304"])
        store.send(.cycleSort)
        #expect(store.state.services.list.sort.column == .amount)
        #expect(store.state.services.visibleServices.map(\.id) == ["304", "302", "301", "303"])
        store.send(.cycleSort)
        #expect(store.state.services.list.sort.column == .domain)
        #expect(store.state.services.visibleServices.map(\.id) == ["304", "301", "303", "302"])
        store.send(.cycleSort)
        #expect(store.state.services.list.sort.column == .nextDue)
    }

    @Test func sortKeepsTheSelectedService() {
        var store = Store.loaded()
        store.send(.move(2))
        let selected = store.state.services.selectedService?.id
        store.send(.cycleSort)
        #expect(store.state.services.selectedService?.id == selected)
    }

    @Test func selectionStaysInRange() {
        var store = Store.loaded()
        store.send(.move(-5))
        #expect(store.state.services.selectedIndex == 0)
        store.send(.move(100))
        #expect(store.state.services.selectedIndex == 3)
        store.send(.moveToFirst)
        #expect(store.state.services.selectedIndex == 0)
        store.send(.moveToLast)
        #expect(store.state.services.selectedService?.id == "304")
        store.send(.page(-1))
        #expect(store.state.services.selectedIndex == 0)
    }

    @Test func selectionSurvivesARefreshThatRemovesRows() {
        var store = Store.loaded()
        store.send(.moveToLast)
        store.send(.refresh)
        store.send(.received(store.key(for: .services)!, .services(.success(Array(Fixtures.services.prefix(2))))))
        #expect(store.state.services.selectedService != nil)
        #expect(store.state.services.selectedIndex < 2)
    }

    @Test func pagingScrollsAndKeepsTheSelectionVisible() {
        let many = (1...60).map { Fixtures.service(String(1000 + $0), "host\($0).example.com", due: "2026-12-\(String(format: "%02d", $0 % 28 + 1))") }
        var store = Store.loaded(many, width: 80, height: 24)
        let rows = store.state.listViewportRows
        store.send(.page(1))
        #expect(store.state.services.selectedIndex == rows)
        #expect(store.state.services.list.scroll <= store.state.services.selectedIndex)
        #expect(store.state.services.selectedIndex < store.state.services.list.scroll + rows)
        store.send(.moveToLast)
        #expect(store.state.services.list.scroll == 60 - rows)
        store.send(.moveToFirst)
        #expect(store.state.services.list.scroll == 0)
    }

    @Test func resizeKeepsTheSelectionVisible() {
        let many = (1...40).map { Fixtures.service(String(1000 + $0), "host\($0).example.com") }
        var store = Store.loaded(many)
        store.send(.moveToLast)
        store.send(.resized(width: 80, height: 12))
        let rows = store.state.listViewportRows
        #expect(store.state.services.selectedIndex >= store.state.services.list.scroll)
        #expect(store.state.services.selectedIndex < store.state.services.list.scroll + rows)
    }

    @Test func filterMatchesAnyColumnAndEscClears() {
        var store = Store.loaded()
        store.send(.beginFilter)
        #expect(store.state.services.isEditingFilter)
        for c in "pending" { store.send(.edit(.insert(String(c)))) }
        #expect(store.state.services.visibleServices.map(\.id) == ["302"])
        store.send(.edit(.clear))
        for c in "120.00" { store.send(.edit(.insert(String(c)))) }
        #expect(store.state.services.visibleServices.map(\.id) == ["304"])
        store.send(.submit)
        #expect(!store.state.services.isEditingFilter)
        #expect(store.state.services.selectedService?.id == "304")
        store.send(.clearFilter)
        #expect(store.state.services.visibleServices.count == 4)
    }

    @Test func filterWithNoMatchHasNoSelectionAndEnterOpensNothing() {
        var store = Store.loaded()
        store.send(.beginFilter)
        store.send(.edit(.insert("zzz")))
        store.send(.submit)
        #expect(store.state.services.selectedService == nil)
        #expect(store.send(.open).isEmpty)
    }

    @Test func qClearsAFilterBeforeQuitting() {
        var store = Store.loaded()
        store.send(.beginFilter)
        store.send(.edit(.insert("shop")))
        store.send(.submit)
        #expect(store.send(.back).isEmpty)
        #expect(store.state.services.list.filter.text.isEmpty)
        #expect(store.send(.back) == [.quit])
    }

    @Test func tooSmallScreenStillQuits() {
        var store = Store.loaded()
        store.send(.resized(width: 30, height: 8))
        #expect(store.state.isTooSmall)
        #expect(store.send(.move(1)).isEmpty)
        #expect(store.send(.back) == [.quit])
    }

    @Test func tooSmallQuitsEvenWithTheHelpOpen() {
        var store = Store.loaded()
        store.send(.toggleHelp)
        store.send(.resized(width: 30, height: 8))
        #expect(store.send(.back) == [.quit])
    }

    @Test func helpToggles() {
        var store = Store.loaded()
        store.send(.toggleHelp)
        #expect(store.state.modal == .help)
        #expect(store.send(.back).isEmpty)   // q closes help rather than quitting
        #expect(store.state.modal != .help)
    }
}
