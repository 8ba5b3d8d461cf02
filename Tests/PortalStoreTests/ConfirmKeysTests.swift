import FoundationEssentials
import PortalAPI
import PortalFixtures
@testable import PortalStore
import Testing

/// The five confirm flows share one dialog and its keys: each opens on "No", `y` sends at once,
/// Enter takes the focused button, ← → move between the buttons, `n`/Esc close without sending.
@Suite struct ConfirmKeysTests {
    enum Flow: String, CaseIterable, Sendable { case upgrade, cancel, credit, order, signOut }

    /// The portal with `flow`'s dialog just opened.
    static func opened(_ flow: Flow) -> Store {
        switch flow {
        case .upgrade:
            var store = UpgradeTests.opened()
            store.send(.changeOption(1))
            store.send(.received(store.key(for: .upgrade(serviceID: "301", choices: ["1557": "10103"], send: false))!,
                                 .upgrade(.success(Fixtures.quote))))
            store.send(.submit)
            return store
        case .cancel:
            var store = Store.detail()
            store.send(.beginCancel)
            return store
        case .credit:
            var store = Store.invoice()
            store.send(.beginCredit)
            return store
        case .order:
            var store = Store.configuredValid()
            store.send(.review)
            store.send(.submit)
            return store
        case .signOut:
            var store = Store.loaded()
            store.send(.signOut)
            return store
        }
    }

    /// Where the focus of `flow`'s dialog is: "no", "yes", "field"; nil when it is closed.
    static func focus(_ flow: Flow, _ state: AppState) -> String? {
        func name<F>(_ focus: ConfirmFocus<F>?) -> String? {
            switch focus {
            case .no: return "no"
            case .yes: return "yes"
            case .field: return "field"
            case nil: return nil
            }
        }
        switch flow {
        case .upgrade: return name(state.services.upgradeConfirm?.focus)
        case .cancel: return name(state.services.cancelDialog?.focus)
        case .credit: return name(state.invoices.creditDialog?.focus)
        case .order: return name(state.catalogue.orderConfirm?.focus)
        case .signOut: return name(state.signOutDialog?.focus)
        }
    }

    static func sendsTheWrite(_ flow: Flow, _ calls: [Call]) -> Bool {
        guard calls.count == 1 || flow == .signOut, let call = calls.last else { return false }
        switch (flow, call) {
        case (.upgrade, .upgrade(_, _, send: true)), (.cancel, .cancel), (.credit, .applyCredit), (.order, .order), (.signOut, .signOut):
            return true
        default:
            return false
        }
    }

    @Test(arguments: Flow.allCases)
    func opensOnNoAndEnterThereSendsNothing(_ flow: Flow) {
        var store = Self.opened(flow)
        #expect(Self.focus(flow, store.state) == "no")
        #expect(store.send(.submit).isEmpty)
        #expect(Self.focus(flow, store.state) == nil)
    }

    @Test(arguments: Flow.allCases)
    func yConfirmsAtOnce(_ flow: Flow) {
        var store = Self.opened(flow)
        store.send(.confirm)
        #expect(Self.sendsTheWrite(flow, store.requestedCalls()))
    }

    @Test(arguments: Flow.allCases)
    func rightThenEnterTakesYes(_ flow: Flow) {
        var store = Self.opened(flow)
        store.send(.changeOption(1))
        #expect(Self.focus(flow, store.state) == "yes")
        store.send(.changeOption(1))                     // stays on Yes (it does not toggle)
        #expect(Self.focus(flow, store.state) == "yes")
        store.send(.changeOption(-1))
        #expect(Self.focus(flow, store.state) == "no")
        store.send(.changeOption(1))
        store.send(.submit)
        #expect(Self.sendsTheWrite(flow, store.requestedCalls()))
    }

    @Test(arguments: Flow.allCases, [Action.dismiss, .cancelInput, .back])
    func noAndEscCloseWithoutSending(_ flow: Flow, _ key: Action) {
        var store = Self.opened(flow)
        store.send(.changeOption(1))
        #expect(store.send(key).isEmpty)
        #expect(Self.focus(flow, store.state) == nil)
    }
}
