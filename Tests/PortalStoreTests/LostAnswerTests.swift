import PortalFixtures
import PortalAPI
@testable import PortalStore
import Testing

/// The one rule for a write whose answer was lost (`Write`, `WriteOutcome`): the form closes so no
/// key resends it, the message says it may have been applied, and what it changed is re-read.
@Suite struct LostAnswerTests {
    /// The answers after which a write may have been applied, and ones after which it was not.
    static let lost: [APIError] = [.offline("connection closed by the server"), .offline("connection reset"), .timedOut,
                                   .unreadableResponse("the server's answer is not valid JSON")]
    static let notSent: [APIError] = [.offline("connection refused"), .offline("host name not found"),
                                      .httpStatus(500, ServerMessages([])), .server(ServerMessages(["cancelled_already"]))]

    @Test func whichFailuresLeaveTheOutcomeUnknown() {
        for error in Self.lost { #expect(error.leavesOutcomeUnknown, "\(error)") }
        for error in Self.notSent { #expect(!error.leavesOutcomeUnknown, "\(error)") }
    }

    static func cancelSent() -> (Store, RequestKey) {
        var store = Store.detail()
        store.send(.beginCancel)                     // opens on "No"
        store.send(.changeOption(1))                 // Yes
        store.send(.submit)
        return (store, store.key(for: .cancel(serviceID: "301", immediate: false, reason: ""))!)
    }

    @Test(arguments: lost)
    func aLostCancelClosesTheDialogSaysItMayBeRequestedAndRereads(_ error: APIError) {
        var (store, key) = Self.cancelSent()
        store.send(.received(key, .cancel(.failure(error))))
        #expect(store.state.services.cancelDialog == nil)
        #expect(store.state.flash == Flash(.error, "Cancellation outcome unknown (no answer). The service is re-read: "
                                                 + "the cancellation may have been requested; check the service before asking again."))
        #expect(Set(store.requestedCalls()) == [.services, .balance, .service(id: "301"), .serviceMethods(id: "301")])
        // y, Enter: nothing is sent again (the dialog is gone).
        for action in [Action.confirm, .submit, .changeOption(1), .confirm] {
            store.send(action)
            #expect(!store.requestedCalls().contains { if case .cancel = $0 { return true } else { return false } })
        }
    }

    @Test func aCancelThatWasNotSentKeepsTheDialog() {
        var (store, key) = Self.cancelSent()
        store.send(.received(key, .cancel(.failure(.offline("connection refused")))))
        #expect(store.state.services.cancelDialog?.sending == false)
        #expect(store.state.services.cancelDialog?.error?.contains("connection refused") == true)
        #expect(store.requestedCalls().isEmpty)
    }

    @Test(arguments: lost)
    func aLostLabelClosesTheEditorAndRereads(_ error: APIError) {
        var store = Store.detail()
        store.send(.beginLabelEdit)
        store.send(.edit(.insert("mine")))
        store.send(.submit)
        let key = store.key(for: .setLabel(serviceID: "301", label: "mine"))!
        store.send(.received(key, .setLabel(.failure(error))))
        #expect(store.state.services.labelEditor == nil)
        #expect(store.state.services.labelEditor?.error == nil)
        #expect(store.state.flash?.text == "Label outcome unknown (no answer). The service is re-read: "
                                           + "the label may have been saved; check the label before saving again.")
        #expect(store.requestedCalls() == [.service(id: "301")])
        store.send(.submit)
        #expect(store.requestedCalls().isEmpty)
    }

    @Test func anUnansweredSignOutSaysTheServerMayHaveRevoked() {
        var store = Store.loaded()
        store.send(.signOut)
        store.send(.confirm)
        store.send(.received(store.key(for: .signOut)!, .signOut(.success(.unanswered))))
        #expect(store.state.signIn.notice == "Sign-out outcome unknown (no answer): the server may have "
                + "revoked the session; otherwise it drops it when it expires.")
    }

    @Test func everyWriteSaysWhatMayHaveHappenedAndHowToCheck() {
        let writes: [Write] = [.cancel, .label, .credit, .order, .upgrade, .signOut]
        for write in writes {
            let text = write.lostAnswer(reread: "X is re-read")
            #expect(text.contains("outcome unknown (no answer). X is re-read: "), "\(text)")
            #expect(text.contains("may have been") || text.contains("may have revoked"), "\(text)")
        }
        let cli = Write.order.lostAnswer(.offline("connection closed by the server"), checkWith: "`pio services`")
        #expect(cli == "the order was sent but no answer came (connection closed by the server): the order may have been placed. "
                + "pio did not send it again; check with `pio services` before ordering again.")
    }

    @Test func theNoticeOfAFallbackToBasicIsShownAsAMessage() {
        var store = Store.loaded()
        store.send(.notice("Token sign-in is not available on this server (x): pio uses HTTP Basic."))
        #expect(store.state.flash == Flash(.info, "Token sign-in is not available on this server (x): pio uses HTTP Basic."))
        store.send(.move(1))
        #expect(store.state.flash == nil)   // said once: gone at the next key
    }
}
