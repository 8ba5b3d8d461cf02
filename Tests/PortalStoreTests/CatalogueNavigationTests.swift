import Foundation
import PortalAPI
import PortalFixtures
@testable import PortalStore
import Testing

/// Categories → products → configurator, and what is kept on the way back.
@Suite struct CatalogueNavigationTests {
    @Test func theFirstVisitLoadsCategoriesThenEachLevelLoadsWhatItShows() {
        var store = Store.loaded()
        store.send(.selectSection(.catalogue))
        #expect(store.requestedCalls() == [.categories])
        store.send(.received(store.key(for: .categories)!, .categories(.success(Fixtures.categories))))
        store.send(.move(1))
        store.send(.open)
        #expect(store.state.catalogue.route == .products(categoryID: "12"))
        #expect(store.requestedCalls() == [.products(categoryID: "12")])
        store.send(.received(store.key(for: .products(categoryID: "12"))!, .products(.success(Fixtures.products))))
        store.send(.open)
        #expect(store.requestedCalls() == [.productConfiguration(productID: "401")])
        #expect(store.state.catalogue.route == .configure(productID: "401"))
    }

    @Test func theConfiguratorStartsOnTheFirstFieldWithTheServersDefaults() {
        let store = Store.configuring()
        let pane = store.state.catalogue.configurator!
        #expect(pane.focus == .cycle)
        #expect(pane.model?.field("2001")?.value == .pickOne("20010"))
    }

    @Test func goingBackAndReopeningTheSameProductKeepsEveryChoice() {
        var store = Store.configuring()
        store.send(.focusNext); store.send(.focusNext)          // Region
        store.send(.changeOption(1))
        store.send(.back)
        #expect(store.state.catalogue.route == .products(categoryID: "12"))
        store.send(.open)
        #expect(store.effects.isEmpty)
        #expect(store.state.catalogue.configurator?.model?.field("2001")?.value == .pickOne("20011"))
    }

    @Test func escInATextFieldLeavesTheFieldNotTheConfigurator() {
        var store = Store.configuring()
        store.send(.focusNext)                                   // Domain
        #expect(store.state.catalogue.configurator?.focus == .domain)
        store.send(.edit(.insert("ab")))
        store.send(.cancelInput)
        var pane = store.state.catalogue.configurator!
        #expect(store.state.catalogue.route == .configure(productID: "701"))
        #expect(pane.focus == .domain && !pane.isEditingText)
        #expect(pane.model?.domain.text == "ab")                 // what was typed stays
        store.send(.submit)                                      // Enter types in it again
        pane = store.state.catalogue.configurator!
        #expect(pane.focus == .domain && pane.isEditingText)
        store.send(.cancelInput)
        store.send(.focusNext); store.send(.focusPrevious)       // moving the focus ends it too
        #expect(store.state.catalogue.configurator!.isEditingText)
        store.send(.cancelInput)
        store.send(.back)                                        // Esc again: back to the products
        #expect(store.state.catalogue.route == .products(categoryID: "12"))
    }

    @Test func aFailedRefreshKeepsTheRowsAndEscGoesBackFromProducts() {
        var store = Store.configuring()
        store.send(.back)
        store.send(.refresh)
        store.send(.received(store.key(for: .products(categoryID: "12"))!, .products(.failure(.timedOut))))
        #expect(store.state.catalogue.visibleProducts.count == 2)
        #expect(store.state.catalogue.products.errorMessage != nil)
        store.send(.clearFilter)
        #expect(store.state.catalogue.route == .categories)
    }

    @Test func theFilterNarrowsTheProductsAndEscClearsIt() {
        var store = Store.configuring()
        store.send(.back)
        store.send(.beginFilter)
        store.send(.edit(.insert("every")))
        #expect(store.state.catalogue.visibleProducts.map(\.id) == ["701"])
        #expect(store.state.catalogue.selectedProduct?.id == "701")
        store.send(.submit)
        store.send(.clearFilter)
        #expect(store.state.catalogue.visibleProducts.count == 2)
        #expect(store.state.catalogue.route == .products(categoryID: "12"))
    }

    @Test func aConfigurationThatFailsToLoadSaysSoAndRetries() {
        var store = Store.loaded()
        store.send(.selectSection(.catalogue))
        store.send(.received(store.key(for: .categories)!, .categories(.success(Fixtures.categories))))
        store.send(.open)
        store.send(.received(store.key(for: .products(categoryID: "10"))!, .products(.success(Fixtures.products))))
        store.send(.open)
        store.send(.received(store.key(for: .productConfiguration(productID: "401"))!, .productConfiguration(.failure(.timedOut))))
        #expect(store.state.catalogue.configurator?.configuration.errorMessage != nil)
        store.send(.refresh)
        #expect(store.requestedCalls() == [.productConfiguration(productID: "401")])
    }
}
