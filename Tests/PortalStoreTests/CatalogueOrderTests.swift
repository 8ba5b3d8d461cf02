import Foundation
import PortalAPI
import PortalFixtures
@testable import PortalStore
import Testing

/// Keys in the configurator, review, confirm (default No), one order, result and failures.
@Suite struct CatalogueOrderTests {
    static func pane(_ store: Store) -> ConfiguratorPane { store.state.catalogue.configurator! }
    static func model(_ store: Store) -> Configurator { pane(store).model! }

    /// Review, open the dialog, answer Yes.
    static func order(_ store: inout Store) {
        store.send(.review)
        store.send(.submit)
        store.send(.confirm)
    }

    static func focus(_ key: FieldKey, _ store: inout Store) {
        for _ in 0..<40 where pane(store).focus != key { store.send(.focusNext) }
    }

    @Test func focusSkipsHiddenFieldsAndFindsThemOnceShown() {
        var store = Store.configuring()
        Self.focus(.form("2004"), &store)
        store.send(.focusNext)
        #expect(Self.pane(store).focus == .form("2005"))    // Start date (2013) is hidden
        store.send(.focusPrevious)
        store.send(.toggleOption)
        store.send(.focusNext)
        #expect(Self.pane(store).focus == .form("2005"))
        Self.focus(.form("2013"), &store)
        #expect(Self.pane(store).focus == .form("2013"))
    }

    @Test func eachControlAnswersItsKeys() {
        var store = Store.configuring()
        store.send(.changeOption(1))                          // cycle
        #expect(Self.model(store).cycleSymbol == "a")
        Self.focus(.domain, &store)
        for c in "a.io" { store.send(.edit(.insert(String(c)))) }
        #expect(Self.model(store).domain.text == "a.io")
        Self.focus(.form("2005"), &store)
        store.send(.changeOption(1))                          // cursor to Firewall
        store.send(.toggleOption)
        #expect(Self.model(store).field("2005")?.value == .toggles([]))
        Self.focus(.form("2007"), &store)
        store.send(.adjust(1)); store.send(.changeOption(1))
        #expect(Self.model(store).field("2007")?.value == .quantity(4))
        Self.focus(.form("2010"), &store)
        store.send(.changeOption(1)); store.send(.adjust(2))
        #expect(Self.model(store).field("2010")?.value == .pickOneWithQuantity("20101", 3))
        Self.focus(.addon("52"), &store)
        store.send(.toggleOption); store.send(.changeOption(1))
        #expect(Self.model(store).addons[1].chosen && Self.model(store).addons[1].cycleSymbol == "q")
    }

    @Test func typingInASearchSelectChoosesTheFirstMatchAndArrowsMoveAmongMatches() {
        var store = Store.configuring()
        Self.focus(.form("2003"), &store)
        #expect(Self.pane(store).isEditingText)
        for c in "deb" { store.send(.edit(.insert(String(c)))) }
        #expect(Self.model(store).field("2003")?.value == .pickOne("20030"))
        store.send(.edit(.right))                              // Debian is the only match
        #expect(Self.model(store).field("2003")?.value == .pickOne("20030"))
        store.send(.edit(.clear))
        store.send(.edit(.right))
        #expect(Self.model(store).field("2003")?.value == .pickOne("20031"))
        store.send(.focusNext)
        #expect(Self.pane(store).search.text.isEmpty)
    }

    @Test func hidingTheFocusedFieldMovesTheFocusToAFieldStillShown() {
        var store = Store.configuring()
        Self.focus(.form("2006"), &store)
        store.send(.adjust(1))
        Self.focus(.form("2014"), &store)
        #expect(Self.pane(store).focus == .form("2014"))
        var model = Self.model(store)
        try? model.set("2006", to: "0")
        store.state.catalogue.updateConfigurator { $0.model = model }
        store.send(.edit(.insert("x")))                       // the field is gone: nothing typed anywhere
        #expect(Self.pane(store).focus != .form("2014"))
    }

    @Test func reviewWithErrorsStaysOnTheFormAtTheFirstError() {
        var store = Store.configuring()
        store.send(.review)
        #expect(store.state.catalogue.route == .configure(productID: "701"))
        #expect(Self.pane(store).focus == .domain)
        #expect(Self.model(store).errors.count == 3)
        #expect(store.state.flash == Flash(.error, "Fix the 3 marked fields before ordering."))
    }

    @Test func enterOnTheLastFieldReviewsAndTheDialogDefaultsToNo() {
        var store = Store.configuredValid()
        store.send(.moveToLast)
        store.send(.submit)
        #expect(store.state.catalogue.route == .review(productID: "701"))
        store.send(.submit)
        #expect(store.state.catalogue.orderConfirm?.focus == .no)
        store.send(.submit)                                   // Enter on "No"
        #expect(store.state.catalogue.orderConfirm == nil)
        #expect(store.effects.isEmpty)
    }

    @Test func confirmingSendsOneOrderWithTheFormsBody() {
        var store = Store.configuredValid()
        store.send(.review)
        store.send(.focusNext)                                // promo code
        for c in "PIO10" { store.send(.edit(.insert(String(c)))) }
        store.send(.focusNext); store.send(.focusNext)        // to "Place order"
        store.send(.submit)
        store.send(.changeOption(1))
        store.send(.submit)
        let expected = Self.model(store).orderRequest(payMethod: "", promocode: "PIO10")
        #expect(store.requestedCalls() == [.order(productID: "701", expected)])
        #expect(expected.promocode == "PIO10" && expected.domain == "srv.example.com")
        store.send(.confirm)
        #expect(store.effects.isEmpty)                         // one order while it is on its way
    }

    @Test func theResultShowsTheOrderAndOpensItsInvoice() {
        var store = Store.configuredValid()
        Self.order(&store)
        let key = store.key(for: .order(productID: "701", Self.model(store).orderRequest(payMethod: "", promocode: "")))!
        store.send(.received(key, .order(.success(Fixtures.orderResult))))
        #expect(store.state.catalogue.route == .ordered(productID: "701"))
        #expect(store.state.flash == nil)                      // the result pane says it, once
        #expect(store.requestedCalls() == [.balance])
        store.send(.open)
        #expect(store.state.section == .invoices)
        #expect(store.state.invoices.route == .detail(id: "9001"))
    }

    @Test func aRefusedOrderKeepsEveryChoiceAndPutsTheReasonAtTheField() {
        var store = Store.configuredValid()
        Self.order(&store)
        let before = Self.model(store)
        let key = store.key(for: .order(productID: "701", before.orderRequest(payMethod: "", promocode: "")))!
        let refusal = APIError.server(ServerMessages(["invalid_domain", "Field \"Root password\" is required", "out_of_stock"]))
        store.send(.received(key, .order(.failure(refusal))))
        #expect(store.state.catalogue.route == .configure(productID: "701"))
        #expect(Self.model(store).errors == [.domain: "The domain name is not valid.", .form("2012"): "Field \"Root password\" is required"])
        #expect(Self.pane(store).orderError == "This product is out of stock.")
        #expect(Self.pane(store).focus == .domain)
        #expect(Self.model(store).orderRequest() == before.orderRequest())
    }

    @Test func aRefusedPromotionCodeIsShownAtTheCodeOnTheReview() {
        var store = Store.configuredValid()
        Self.order(&store)
        let key = store.key(for: .order(productID: "701", Self.model(store).orderRequest(payMethod: "", promocode: "")))!
        store.send(.received(key, .order(.failure(.server(ServerMessages(["invalid_promocode"]))))))
        #expect(store.state.catalogue.route == .review(productID: "701"))
        #expect(Self.pane(store).review.promoError == "The promotion code is not valid.")
        #expect(Self.pane(store).review.focus == .promocode)
        #expect(store.state.flash?.kind == .error)
    }

    @Test func aServerFailureWithoutMessagesStaysOnTheReviewWithTheReason() {
        var store = Store.configuredValid()
        Self.order(&store)
        let key = store.key(for: .order(productID: "701", Self.model(store).orderRequest(payMethod: "", promocode: "")))!
        store.send(.received(key, .order(.failure(.httpStatus(500, ServerMessages([]))))))
        #expect(store.state.catalogue.route == .review(productID: "701"))
        #expect(Self.pane(store).orderError == "The server answered HTTP 500 (internal server error).")
        #expect(store.state.catalogue.orderConfirm?.sending != true)
    }

    @Test(arguments: [APIError.offline("connection reset by peer"), .timedOut, .unreadableResponse("the answer ended early")])
    func anOrderWhoseAnswerWasLostSaysTheOutcomeIsUnknownRereadsAndIsNotResent(_ lost: APIError) {
        var store = Store.configuredValid()
        Self.order(&store)
        let request = Self.model(store).orderRequest(payMethod: "", promocode: "")
        let key = store.key(for: .order(productID: "701", request))!
        store.send(.received(key, .order(.failure(lost))))
        #expect(store.state.catalogue.route == .review(productID: "701"))
        #expect(Self.pane(store).orderOutcomeUnknown)
        #expect(Self.pane(store).orderErrorPrefix + Self.pane(store).orderError! ==
                "Outcome unknown: the connection failed after the order was sent; it may have been placed. Check Services and Invoices before ordering again.")
        #expect(store.state.flash?.text.hasPrefix("Order outcome unknown") == true)
        #expect(Set(store.requestedCalls()) == [.balance, .services, .invoices])
        #expect(!store.requestedCalls().contains { if case .order = $0 { return true } else { return false } })
        #expect(Self.model(store).orderRequest(payMethod: "", promocode: "") == request)
        #expect(store.state.catalogue.orderConfirm?.sending != true && store.state.catalogue.orderConfirm == nil)
    }
}
