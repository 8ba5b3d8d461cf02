import PortalFixtures
import PortalAPI
@testable import PortalStore
import Testing

@Suite struct CancelTests {
    @Test func dialogDefaultsToNoAndEndOfPeriod() {
        var store = Store.detail()
        store.send(.beginCancel)
        let dialog = store.state.services.cancelDialog
        #expect(dialog?.form.immediate == false)
        // The confirm keys of every dialog: it opens on "No", not in a field.
        #expect(dialog?.focus == .no)
        // Enter on the default button closes without sending.
        #expect(store.send(.submit).isEmpty)
        #expect(store.state.services.cancelDialog == nil)
    }

    @Test func enterOnTheFieldsGoesOnToNo() {
        var store = Store.detail()
        store.send(.beginCancel)
        store.send(.focusNext)                       // the buttons are one stop: Tab goes on to When
        #expect(store.state.services.cancelDialog?.focus == .field(.when))
        store.send(.submit)
        store.send(.submit)
        #expect(store.state.services.cancelDialog?.focus == .no)
        #expect(store.send(.submit).isEmpty)
        #expect(store.state.services.cancelDialog == nil)
    }

    @Test func yConfirmsAtOnceWithTheDefaults() {
        var store = Store.detail()
        store.send(.beginCancel)
        store.send(.confirm)
        #expect(store.requestedCalls() == [.cancel(serviceID: "301", immediate: false, reason: "")])
    }

    @Test func aReasonOfOnlySpacesIsSentEmptyNotReplacedByPiosWords() {
        var store = Store.detail()
        store.send(.beginCancel)
        store.send(.focusNext); store.send(.focusNext)   // Reason
        for c in "   " { store.send(.edit(.insert(String(c)))) }
        store.send(.focusNext)                           // No
        store.send(.confirm)
        #expect(store.requestedCalls() == [.cancel(serviceID: "301", immediate: false, reason: "")])
    }

    @Test func confirmSendsOnceWithTheChosenOptions() {
        var store = Store.detail()
        store.send(.beginCancel)
        store.send(.focusNext)                       // When
        store.send(.changeOption(1))                 // immediate
        store.send(.focusNext)
        for c in "too slow" { store.send(.edit(.insert(String(c)))) }
        #expect(store.send(.confirm).isEmpty)        // `y` is text while typing the reason
        store.send(.focusNext)                       // No
        #expect(store.state.services.cancelDialog?.focus == .no)
        store.send(.confirm)
        #expect(store.requestedCalls() == [.cancel(serviceID: "301", immediate: true, reason: "too slow")])
        #expect(store.send(.confirm).isEmpty)
        #expect(store.send(.submit).isEmpty)
        #expect(store.send(.dismiss).isEmpty)
        #expect(store.state.services.cancelDialog?.sending == true)
    }

    @Test func successShowsTheMessageAndRefreshesTheService() {
        var store = Store.detail()
        store.send(.beginCancel)
        store.send(.changeOption(1))                 // Yes
        store.send(.submit)
        let key = store.key(for: .cancel(serviceID: "301", immediate: false, reason: ""))!
        store.send(.received(key, .cancel(.success(ServerMessages(["cancell_sent"])))))
        #expect(store.state.services.cancelDialog == nil)
        #expect(store.state.flash == Flash(.info, "Cancellation request sent."))
        #expect(Set(store.requestedCalls()) == [.services, .balance, .service(id: "301"), .serviceMethods(id: "301")])
    }

    @Test func failureKeepsTheDialogWithTheError() {
        var store = Store.detail()
        store.send(.beginCancel)
        store.send(.confirm)
        let key = store.effects.compactMap { if case .request(let k, _) = $0 { return k } else { return nil } }.first!
        store.send(.received(key, .cancel(.failure(.server(ServerMessages(["cancelled_already"]))))))
        #expect(store.state.services.cancelDialog?.sending == false)
        #expect(store.state.services.cancelDialog?.error?.contains("already cancelled") == true)
    }

    @Test func escClosesTheDialog() {
        var store = Store.detail()
        store.send(.beginCancel)
        store.send(.dismiss)
        #expect(store.state.services.cancelDialog == nil)
    }
}

@Suite struct UpgradeTests {
    static func opened() -> Store {
        var store = Store.detail()
        store.send(.beginUpgrade)
        store.send(.received(store.key(for: .upgradeOptions(serviceID: "301"))!, .upgradeOptions(.success(Fixtures.upgradeOptions))))
        return store
    }

    @Test func uOpensTheOptions() {
        var store = Store.detail()
        store.send(.beginUpgrade)
        #expect(store.state.services.route == .upgrade(serviceID: "301"))
        #expect(store.requestedCalls() == [.upgradeOptions(serviceID: "301")])
    }

    @Test func choosingAnItemAsksForAnEstimate() {
        var store = Self.opened()
        store.send(.changeOption(1))
        #expect(store.requestedCalls() == [.upgrade(serviceID: "301", choices: ["1557": "10103"], send: false)])
        #expect(store.state.services.upgrade?.quote.isLoading == true)
        store.send(.move(1))
        store.send(.changeOption(-1))                // wraps to the last disk item
        #expect(store.requestedCalls() == [.upgrade(serviceID: "301", choices: ["1557": "10103", "1560": "2"], send: false)])
    }

    @Test func quantityResourcesStepWithinBoundsAndPriceTheDifference() {
        var store = Self.opened()
        store.send(.move(2))
        store.send(.changeOption(1))
        #expect(store.requestedCalls() == [.upgrade(serviceID: "301", choices: ["1570": .quantity(3)], send: false)])
        #expect(store.state.services.upgrade?.difference == 3)
        store.send(.changeOption(1))                 // max 3
        #expect(store.state.services.upgrade?.changedChoices == ["1570": .quantity(3)])
        store.send(.changeOption(-1))
        store.send(.changeOption(-1))
        store.send(.changeOption(-1))                // min 1
        #expect(store.state.services.upgrade?.changedChoices == ["1570": .quantity(1)])
        #expect(store.state.services.upgrade?.difference == -3)
        store.send(.move(-2))
        store.send(.changeOption(1))
        #expect(store.state.services.upgrade?.difference == 1)   // +4 bandwidth, -3 vCPU
    }

    @Test func staleEstimateIsDropped() {
        var store = Self.opened()
        store.send(.changeOption(1))
        let first = store.key(for: .upgrade(serviceID: "301", choices: ["1557": "10103"], send: false))!
        store.send(.changeOption(1))
        store.send(.received(first, .upgrade(.success(Fixtures.quote))))
        #expect(store.state.services.upgrade?.quote.isLoading == true)
    }

    @Test func backToTheCurrentItemClearsTheEstimate() {
        var store = Self.opened()
        store.send(.changeOption(1))
        store.send(.changeOption(-1))
        #expect(store.state.services.upgrade?.hasChanges == false)
        #expect(store.state.services.upgrade?.quote == .idle)
    }

    @Test func sendingNeedsAnEstimateAndAConfirmationThatDefaultsToNo() {
        var store = Self.opened()
        store.send(.submit)
        #expect(store.state.services.upgradeConfirm == nil)
        store.send(.changeOption(1))
        let estimate = store.key(for: .upgrade(serviceID: "301", choices: ["1557": "10103"], send: false))!
        store.send(.received(estimate, .upgrade(.success(Fixtures.quote))))
        store.send(.submit)
        #expect(store.state.services.upgradeConfirm != nil)
        #expect(store.state.services.upgradeConfirm?.focus == .no)
        #expect(store.send(.submit).isEmpty)           // Enter on "No"
        #expect(store.state.services.upgradeConfirm == nil)
        store.send(.submit)
        store.send(.confirm)
        #expect(store.requestedCalls() == [.upgrade(serviceID: "301", choices: ["1557": "10103"], send: true)])
        #expect(store.send(.confirm).isEmpty)
    }

    @Test func sentUpgradeReturnsToTheDetailWithTheMessage() {
        var store = Self.opened()
        store.send(.changeOption(1))
        store.send(.received(store.effects.compactMap { if case .request(let k, _) = $0 { return k } else { return nil } }.first!,
                             .upgrade(.success(Fixtures.quote))))
        store.send(.submit)
        store.send(.confirm)
        let key = store.key(for: .upgrade(serviceID: "301", choices: ["1557": "10103"], send: true))!
        let sent = UpgradeQuote(json: Fixtures.json(#"{"info":["upgrade_sent"]}"#), sent: true)
        store.send(.received(key, .upgrade(.success(sent))))
        #expect(store.state.services.route == .detail(id: "301"))
        #expect(store.state.services.upgrade == nil)
        #expect(store.state.flash == Flash(.info, "Upgrade request sent."))
        #expect(store.requestedCalls().contains(.service(id: "301")))
    }

    @Test(arguments: [APIError.offline("connection closed by the server"), .timedOut, .unreadableResponse("truncated")])
    func aSendWhoseAnswerWasLostSaysTheOutcomeIsUnknownAndRereadsTheService(_ lost: APIError) {
        var store = Self.opened()
        store.send(.changeOption(1))
        store.send(.received(store.key(for: .upgrade(serviceID: "301", choices: ["1557": "10103"], send: false))!,
                             .upgrade(.success(Fixtures.quote))))
        store.send(.submit)
        store.send(.confirm)
        let key = store.key(for: .upgrade(serviceID: "301", choices: ["1557": "10103"], send: true))!
        store.send(.received(key, .upgrade(.failure(lost))))
        #expect(store.state.services.route == .detail(id: "301"))
        #expect(store.state.services.upgrade == nil)
        #expect(store.state.flash?.text.hasPrefix("Upgrade outcome unknown") == true)
        #expect(Set(store.requestedCalls()) == [.services, .service(id: "301"), .balance])
        #expect(store.send(.confirm).isEmpty)                  // nothing is sent again by itself
    }

    @Test func failedSendKeepsThePaneAndSaysWhy() {
        var store = Self.opened()
        store.send(.changeOption(1))
        store.send(.received(store.key(for: .upgrade(serviceID: "301", choices: ["1557": "10103"], send: false))!,
                             .upgrade(.success(Fixtures.quote))))
        store.send(.submit)
        store.send(.confirm)
        let key = store.key(for: .upgrade(serviceID: "301", choices: ["1557": "10103"], send: true))!
        store.send(.received(key, .upgrade(.failure(.server(ServerMessages(["invalid_resource"]))))))
        #expect(store.state.services.route == .upgrade(serviceID: "301"))
        #expect(store.state.services.upgradeConfirm == nil)
        #expect(store.state.services.upgrade?.choices == ["1557": "10103"])
        #expect(store.state.flash == Flash(.error, "invalid_resource"))
    }

    @Test func withoutThePostMethodNothingIsEstimatedOrSent() {
        let getOnly = [ServiceMethod(name: "Upgrade Options", method: "GET", route: "/service/@id/upgrade")]
        var store = Store.detail(methods: getOnly)
        store.send(.beginUpgrade)
        store.send(.received(store.key(for: .upgradeOptions(serviceID: "301"))!, .upgradeOptions(.success(Fixtures.upgradeOptions))))
        #expect(store.send(.changeOption(1)).isEmpty)
        #expect(store.send(.submit).isEmpty)
        #expect(store.state.services.upgradeConfirm == nil)
        #expect(store.state.flash?.kind == .error)
    }

    @Test func refreshReloadsTheOptions() {
        var store = Self.opened()
        store.send(.refresh)
        #expect(store.requestedCalls() == [.upgradeOptions(serviceID: "301")])
        #expect(store.state.services.upgrade?.options.value != nil)
    }

    @Test func failedOptionsShowAnErrorAndBackReturns() {
        var store = Store.detail()
        store.send(.beginUpgrade)
        store.send(.received(store.key(for: .upgradeOptions(serviceID: "301"))!, .upgradeOptions(.failure(.httpStatus(500, ServerMessages([]))))))
        #expect(store.state.services.upgrade?.options.errorMessage != nil)
        store.send(.back)
        #expect(store.state.services.route == .detail(id: "301"))
    }
}
