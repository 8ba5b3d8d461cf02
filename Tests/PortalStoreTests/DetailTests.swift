import PortalFixtures
import PortalAPI
@testable import PortalStore
import Testing

@Suite struct DetailTests {
    @Test func enterOpensTheDetailAndLoadsItsMethods() {
        var store = Store.loaded()
        let id = store.state.services.selectedService!.id
        store.send(.open)
        #expect(store.state.services.route == .detail(id: id))
        #expect(store.requestedCalls() == [.service(id: id), .serviceMethods(id: id)])
        #expect(store.state.services.detail?.detail == .loading(previous: nil))
    }

    @Test func lateResponseForServiceADoesNotLandOnServiceB() {
        var store = Store.loaded()
        store.send(.open)                                   // A = 303
        let a = store.key(for: .service(id: "303"))!
        store.send(.back)
        store.send(.move(1))
        store.send(.open)                                   // B = 302
        let b = store.key(for: .service(id: "302"))!
        store.send(.received(a, .service(.success(Fixtures.detail("303", domain: "old.example.net")))))
        #expect(store.state.services.detail?.serviceID == "302")
        #expect(store.state.services.detail?.detail.value == nil)
        store.send(.received(b, .service(.success(Fixtures.detail("302", domain: "shop.example.org")))))
        #expect(store.state.services.detail?.detail.value?.domain.value == "shop.example.org")
    }

    @Test func leavingTheDetailCancelsItsRequests() {
        var store = Store.loaded()
        store.send(.open)
        let first = store.key(for: .service(id: "303"))!
        store.send(.back)
        let effects = store.effects
        #expect(effects.contains(.cancel(first)))
    }

    @Test func onlyTheActionsTheServerListsAreOffered() {
        let labelOnly = [ServiceMethod(name: "Change service label", method: "POST", route: "/service/@id/label")]
        var store = Store.detail(methods: labelOnly)
        #expect(store.state.services.detail?.offered == [.setLabel])
        #expect(store.send(.beginCancel).isEmpty)
        #expect(store.state.services.cancelDialog == nil)
        #expect(store.send(.beginUpgrade).isEmpty)
        #expect(store.state.services.route == .detail(id: "301"))
        store.send(.beginLabelEdit)
        #expect(store.state.services.labelEditor != nil)
    }

    @Test func failedMethodsOfferNothing() {
        var store = Store.loaded()
        store.send(.open)
        store.send(.received(store.key(for: .serviceMethods(id: "303"))!, .serviceMethods(.failure(.timedOut))))
        #expect(store.state.services.detail?.offered.isEmpty == true)
        #expect(store.state.services.detail?.methods.errorMessage != nil)
    }

    @Test func passwordIsHiddenUntilAskedAndHiddenAgainOnLeaving() {
        var store = Store.detail()
        #expect(store.state.services.detail?.passwordShown == false)
        store.send(.togglePassword)
        #expect(store.state.services.detail?.passwordShown == true)
        store.send(.back)
        #expect(store.state.services.route == .list)
        store.send(.open)
        #expect(store.state.services.detail?.passwordShown == false)
    }

    @Test func refreshReloadsTheDetailKeepingWhatIsShown() {
        var store = Store.detail()
        store.send(.refresh)
        #expect(store.requestedCalls() == [.service(id: "301"), .serviceMethods(id: "301")])
        #expect(store.state.services.detail?.detail.isLoading == true)
        #expect(store.state.services.detail?.detail.value != nil)
        store.send(.received(store.key(for: .service(id: "301"))!, .service(.failure(.offline("reset")))))
        #expect(store.state.services.detail?.detail.value?.id == "301")
        #expect(store.state.services.detail?.detail.errorMessage != nil)
    }

    @Test func detailScrollsWithinItsFields() {
        var store = Store.detail()
        store.send(.resized(width: 40, height: 10))
        let visible = max(1, store.state.height - 7)   // the body less title, spacer and action lines
        let count = store.state.services.detail!.fieldRowCount
        #expect(count == 12)
        store.send(.move(-1))
        #expect(store.state.services.detail?.scroll == 0)
        store.send(.move(1))
        #expect(store.state.services.detail?.scroll == 1)
        store.send(.moveToLast)
        #expect(store.state.services.detail?.scroll == count - visible)
        store.send(.move(1))
        #expect(store.state.services.detail?.scroll == count - visible)
        store.send(.moveToFirst)
        #expect(store.state.services.detail?.scroll == 0)
    }

    @Test func qInDetailGoesBackNotQuit() {
        var store = Store.detail()
        let effects = store.send(.back)
        #expect(!effects.contains(.quit))
        #expect(store.state.services.route == .list)
        #expect(store.state.services.detail == nil)
    }
}

@Suite struct LabelTests {
    @Test func editingStartsFromTheCurrentLabelAndSavesOnEnter() {
        var store = Store.detail(label: "web")
        store.send(.beginLabelEdit)
        #expect(store.state.services.labelEditor?.field.text == "web")
        store.send(.edit(.insert("-1")))
        store.send(.edit(.left))
        store.send(.edit(.backspace))
        #expect(store.state.services.labelEditor?.field.text == "web1")
        store.send(.submit)
        #expect(store.requestedCalls() == [.setLabel(serviceID: "301", label: "web1")])
        #expect(store.state.services.labelEditor?.saving == true)
        #expect(store.send(.submit).isEmpty)   // sends once
    }

    @Test func successUpdatesListAndDetail() {
        var store = Store.detail()
        store.send(.beginLabelEdit)
        store.send(.edit(.insert("primary")))
        store.send(.submit)
        let key = store.key(for: .setLabel(serviceID: "301", label: "primary"))!
        store.send(.received(key, .setLabel(.success(ServerMessages(["label_changed"])))))
        #expect(store.state.services.labelEditor == nil)
        #expect(store.state.services.label(of: "301") == "primary")
        #expect(store.state.flash == Flash(.info, "Label changed."))
        #expect(store.requestedCalls() == [.service(id: "301")])
        store.send(.togglePassword)
        #expect(store.state.flash == nil)   // a message lasts until the next key
    }

    @Test func errorKeepsWhatWasTyped() {
        var store = Store.detail()
        store.send(.beginLabelEdit)
        store.send(.edit(.insert("mine")))
        store.send(.submit)
        let key = store.key(for: .setLabel(serviceID: "301", label: "mine"))!
        store.send(.received(key, .setLabel(.failure(.server(ServerMessages(["access_denied"]))))))
        #expect(store.state.services.labelEditor?.field.text == "mine")
        #expect(store.state.services.labelEditor?.error == "Access denied.")
        #expect(store.state.services.labelEditor?.saving == false)
    }

    @Test func aRefusedSaveIsNotAnUnknownOutcome() {
        var store = Store.detail()
        store.send(.beginLabelEdit)
        store.send(.submit)
        let key = store.key(for: .setLabel(serviceID: "301", label: ""))!
        store.send(.received(key, .setLabel(.failure(.httpStatus(500, ServerMessages([]))))))
        #expect(store.state.services.labelEditor != nil)   // a lost answer closes it (LostAnswerTests)
        #expect(store.requestedCalls().isEmpty)
    }

    @Test func escCancelsEditingWithoutSaving() {
        var store = Store.detail(label: "old")
        store.send(.beginLabelEdit)
        store.send(.edit(.clear))
        store.send(.edit(.insert("new")))
        #expect(store.send(.cancelInput).isEmpty)
        #expect(store.state.services.labelEditor == nil)
        #expect(store.state.services.detail?.detail.value?.label.value == "old")
    }

    @Test func textFieldEditing() {
        var field = TextFieldState("abc", maxLength: 5)
        field.apply(.home)
        field.apply(.insert("X"))
        #expect(field.text == "Xabc")
        field.apply(.end)
        field.apply(.insert("123"))
        #expect(field.text == "Xabc1")
        field.apply(.delete)
        #expect(field.text == "Xabc1")
        field.apply(.home)
        field.apply(.delete)
        #expect(field.text == "abc1")
        field.apply(.insert("\u{1B}[31m"))
        #expect(field.text == "[abc1")
        field.apply(.clear)
        #expect(field.text.isEmpty && field.cursor == 0)
    }
}
