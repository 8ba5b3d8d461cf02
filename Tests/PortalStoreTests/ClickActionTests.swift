import PortalAPI
import PortalFixtures
@testable import PortalStore
import Testing

/// What a click asks for, once the mouse routing has named it: a row (select, or open the
/// selected one) and a confirm dialog's button (through the dialog's own reducer).
@Suite struct ClickActionTests {
    typealias Flow = ConfirmKeysTests.Flow

    @Test func aClickSelectsARowAndASecondClickOpensIt() {
        var store = Store.loaded()
        let other = store.state.services.visibleServices[2].id
        #expect(store.send(.clickRow(id: other)).isEmpty)
        #expect(store.state.services.selectedService?.id == other)
        #expect(store.state.services.path.isEmpty)
        store.send(.clickRow(id: other))
        #expect(store.state.services.detail?.serviceID == other)
        #expect(store.requestedCalls() == [.service(id: other), .serviceMethods(id: other)])
    }

    @Test func aClickOnARowTheListDoesNotShowChangesNothing() {
        var store = Store.loaded()
        let before = store.state
        #expect(store.send(.clickRow(id: "999")).isEmpty)
        #expect(store.state == before)
    }

    @Test func aClickOnARowWhileTheFilterIsTypedSelectsItThenOpensIt() {
        var store = Store.loaded()
        store.send(.beginFilter)
        store.send(.edit(.insert("ex")))
        let row = store.state.services.visibleServices[1].id
        store.send(.clickRow(id: row))
        #expect(store.state.services.selectedService?.id == row)
        store.send(.clickRow(id: row))
        #expect(store.state.services.detail?.serviceID == row)
        #expect(store.state.services.modal == nil)
    }

    @Test func theCatalogueListsTakeClicksToo() {
        var store = Store.loaded()
        store.send(.selectSection(.catalogue))
        store.send(.received(store.key(for: .categories)!, .categories(.success(Fixtures.categories))))
        let category = Fixtures.categories[1].id
        store.send(.clickRow(id: category))
        #expect(store.state.catalogue.selectedCategory?.id == category)
        store.send(.clickRow(id: category))
        #expect(store.state.catalogue.path == [.products(categoryID: category)])
        #expect(store.requestedCalls() == [.products(categoryID: category)])
    }

    @Test(arguments: Flow.allCases)
    func aClickOnYesSendsTheWrite(_ flow: Flow) {
        var store = ConfirmKeysTests.opened(flow)
        store.send(.clickButton(.yes))
        #expect(ConfirmKeysTests.sendsTheWrite(flow, store.requestedCalls()))
    }

    @Test(arguments: Flow.allCases)
    func aClickOnNoClosesWithoutSending(_ flow: Flow) {
        var store = ConfirmKeysTests.opened(flow)
        store.send(.changeOption(1))
        #expect(store.send(.clickButton(.no)).isEmpty)
        #expect(ConfirmKeysTests.focus(flow, store.state) == nil)
    }

    @Test(arguments: Flow.allCases)
    func aClickWhileTheWriteIsSentIsIgnored(_ flow: Flow) {
        var store = ConfirmKeysTests.opened(flow)
        store.send(.clickButton(.yes))
        let sending = store.state
        #expect(store.send(.clickButton(.no)).isEmpty)
        #expect(store.send(.clickButton(.yes)).isEmpty)
        #expect(store.state == sending)
    }

    @Test func aClickOnADialogFieldFocusesIt() {
        var store = ConfirmKeysTests.opened(.cancel)
        store.send(.clickDialogField(1))
        #expect(store.state.services.cancelDialog?.focus == .field(.reason))
        store.send(.clickDialogField(0))
        #expect(store.state.services.cancelDialog?.focus == .field(.when))
        store.send(.clickDialogField(2))
        #expect(store.state.services.cancelDialog?.focus == .field(.when), "no third field")
        var question = ConfirmKeysTests.opened(.signOut)
        question.send(.clickDialogField(0))
        #expect(question.state.signOutDialog?.focus == ConfirmFocus.no)
    }

    @Test func aClickOnAProfileSelectsItAndASecondClickSwitchesWhileTheSwitchWaitsNoClickCounts() {
        var store = Store.chooserOpen()
        let before = store.state
        #expect(store.send(.clickRow(id: "nobody")).isEmpty)
        #expect(store.state == before)
        store.send(.clickRow(id: "spare"))
        #expect(store.chooser?.selected == 2)
        #expect(store.requestedCalls().isEmpty)
        store.send(.clickRow(id: "spare"))
        #expect(store.requestedCalls() == [.switchProfile("spare")])
        let switching = store.state
        store.send(.clickRow(id: "work"))
        #expect(store.state == switching)
    }

    @Test func aClickOnAnUpgradeResourceFocusesItAndAsksNothing() {
        var store = UpgradeTests.opened()
        #expect(store.send(.clickRow(id: "1570")).isEmpty)
        #expect(store.state.services.upgrade?.focus == 2)
        store.send(.clickRow(id: "1570"))
        #expect(store.state.services.upgrade?.focus == 2, "a second click opens nothing")
        store.send(.clickRow(id: "999"))
        #expect(store.state.services.upgrade?.focus == 2)
    }

    @Test func aClickOnAReviewFieldFocusesIt() {
        var store = Store.configuredValid()
        store.send(.review)
        store.send(.clickDialogField(ReviewForm.Focus.payMethod.rawValue))
        #expect(store.state.catalogue.configurator?.review.focus == .payMethod)
        store.send(.clickDialogField(ReviewForm.Focus.promocode.rawValue))
        #expect(store.state.catalogue.configurator?.review.focus == .promocode)
        store.send(.clickDialogField(7))
        #expect(store.state.catalogue.configurator?.review.focus == .promocode, "no such field")
        #expect(store.state.catalogue.orderConfirm == nil)
    }

    /// `y` is text in the amount field; a click on the yes button still answers, after the
    /// amount is checked as Enter on yes would check it.
    @Test func aClickOnYesFromTheCreditAmountChecksTheAmount() {
        var store = ConfirmKeysTests.opened(.credit)
        store.send(.focusNext)
        #expect(store.state.invoices.creditDialog?.isTyping == true)
        store.send(.edit(.clear))
        store.send(.edit(.insert("99999")))
        #expect(store.send(.clickButton(.yes)).isEmpty)
        #expect(store.state.invoices.creditDialog?.form.problem != nil)
        #expect(store.state.invoices.creditDialog?.focus == .field(.amount))
    }
}
