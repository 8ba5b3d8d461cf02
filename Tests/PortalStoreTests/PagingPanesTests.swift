import PortalFixtures
import PortalAPI
import PortalStore
import Testing

/// The paging keys on the panes that are not lists: the upgrade pane's resources and the
/// configurator's fields move by a page, half a page, or to the first and last.
@Suite struct PagingPanesTests {
    /// The upgrade pane of service 301 with `count` resources, on a terminal `height` rows high.
    static func upgrade(resources count: Int, height: Int) -> Store {
        let resources = (0..<count).map { i in
            #"{"id":\#(2000 + i),"name":"R\#(i)","type":"select","items":[{"id":"1","name":"a","price":1,"selected":true}]}"#
        }
        let options = UpgradeOptions(json: Fixtures.json(#"{"resources":["# + resources.joined(separator: ",") + #"],"package":[]}"#))
        var store = Store.detail()
        store.send(.resized(width: 80, height: height))
        store.send(.beginUpgrade)
        store.send(.received(store.key(for: .upgradeOptions(serviceID: "301"))!, .upgradeOptions(.success(options))))
        return store
    }

    @Test func theUpgradePaneMovesByAPageOfResources() {
        var store = Self.upgrade(resources: 30, height: 24)
        let page = 24 - 7   // the rows the pane keeps for resources
        store.send(.page(1))
        #expect(store.state.services.upgrade?.focus == page)
        store.send(.page(1))
        #expect(store.state.services.upgrade?.focus == 29, "stops at the last resource")
        store.send(.page(-1))
        #expect(store.state.services.upgrade?.focus == 29 - page)
        store.send(.moveToFirst)
        #expect(store.state.services.upgrade?.focus == 0)
        store.send(.halfPage(1))
        #expect(store.state.services.upgrade?.focus == page / 2)
        store.send(.halfPage(-1))
        store.send(.halfPage(-1))
        #expect(store.state.services.upgrade?.focus == 0, "stops at the first resource")
        store.send(.moveToLast)
        #expect(store.state.services.upgrade?.focus == 29)
        #expect(store.state.services.route == .upgrade(serviceID: "301"))
        #expect(store.requestedCalls().isEmpty, "moving asks the server nothing")
    }

    @Test func theUpgradePaneWithoutResourcesIgnoresThem() {
        var store = Self.upgrade(resources: 0, height: 24)
        store.send(.halfPage(1))
        store.send(.moveToLast)
        #expect(store.state.services.upgrade?.focus == 0)
    }

    @Test func theConfiguratorMovesTheFocusByAPageOfFields() {
        var store = Store.configuring(width: 80, height: 10)
        let keys = store.state.catalogue.configurator!.model!.visibleKeys
        let page = 10 - 7
        #expect(keys.count > 2 * page)
        store.send(.page(1))
        #expect(store.state.catalogue.configurator?.focus == keys[page])
        store.send(.halfPage(1))
        #expect(store.state.catalogue.configurator?.focus == keys[page + 1])
        store.send(.page(-1))
        #expect(store.state.catalogue.configurator?.focus == keys[1])
        store.send(.page(-1))
        #expect(store.state.catalogue.configurator?.focus == keys[0], "stops at the first field")
        store.send(.moveToLast)
        store.send(.page(1))
        #expect(store.state.catalogue.configurator?.focus == keys.last, "stops at the last field")
        #expect(store.state.catalogue.route == .configure(productID: "701"), "paging never leaves for the review")
    }
}
