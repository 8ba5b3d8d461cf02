import PortalFixtures
import PortalAPI
@testable import PortalStore
import Testing

/// The list's visible order is kept in state and follows every change of its inputs.
@Suite struct VisibleOrderTests {
    /// The address of the rows' storage: unchanged means the order was not rebuilt.
    static func storage(_ rows: [ServiceSummary]) -> UnsafeRawPointer? {
        rows.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
    }

    @Test func movingTheSelectionReusesTheVisibleRows() {
        let many = (1...500).map { Fixtures.service(String($0), "host\($0).example.com", due: "2026-12-\(String(format: "%02d", $0 % 28 + 1))") }
        var store = Store.loaded(many)
        let before = store.state.services.visibleServices
        store.send(.move(1))
        store.send(.page(1))
        store.send(.moveToLast)
        #expect(store.state.services.selectedIndex == 499)
        #expect(Self.storage(store.state.services.visibleServices) == Self.storage(before))
        store.send(.cycleSort)
        #expect(Self.storage(store.state.services.visibleServices) != Self.storage(before))
    }

    @Test func aFilterEditUpdatesTheOrderAtOnce() {
        var store = Store.loaded()
        store.send(.beginFilter)
        store.send(.edit(.insert("example")))
        #expect(store.state.services.visibleServices.map(\.id) == ["303", "302", "301", "304"])
        store.send(.edit(.insert(".")))
        #expect(store.state.services.visibleServices.map(\.id) == ["303", "302", "304"])   // not examplename.com
        store.send(.edit(.insert("o")))
        #expect(store.state.services.visibleServices.map(\.id) == ["302"])          // shop.example.org
        store.send(.edit(.backspace))
        store.send(.edit(.insert("i")))
        #expect(store.state.services.visibleServices.map(\.id) == ["304"])          // backup.example.io
        store.send(.edit(.clear))
        #expect(store.state.services.visibleServices.map(\.id) == ["303", "302", "301", "304"])
    }

    @Test func aSortChangeReordersAndTheSelectionStaysOnTheSameService() {
        var store = Store.loaded()
        store.send(.move(2))
        let id = store.state.services.selectedService?.id
        #expect(id == "301")
        for _ in ServiceSort.allCases {
            store.send(.cycleSort)
            let ids = store.state.services.visibleServices.map(\.id)
            #expect(store.state.services.selectedService?.id == id)
            #expect(ids.firstIndex(of: "301") == store.state.services.selectedIndex)
        }
        #expect(store.state.services.list.sort.column == .nextDue)
    }

    @Test func aRefreshWithNewRowsUpdatesTheOrderAndKeepsTheSelection() {
        var store = Store.loaded()
        store.send(.move(1))
        #expect(store.state.services.selectedService?.id == "302")
        store.send(.refresh)
        let earliest = Fixtures.service("305", "new.example.com", due: "2026-01-15")
        let rows = Fixtures.services + [earliest]
        store.send(.received(store.key(for: .services)!, .services(.success(rows))))
        #expect(store.state.services.visibleServices.map(\.id) == ["305", "303", "302", "301", "304"])
        #expect(store.state.services.selectedService?.id == "302")
        #expect(store.state.services.selectedIndex == 2)
    }

    @Test func aRefreshWithNewRowsAppliesTheFilterInForce() {
        var store = Store.loaded()
        store.send(.beginFilter)
        store.send(.edit(.insert("new")))
        store.send(.submit)
        #expect(store.state.services.visibleServices.isEmpty)
        store.send(.refresh)
        let rows = Fixtures.services + [Fixtures.service("305", "new.example.com")]
        store.send(.received(store.key(for: .services)!, .services(.success(rows))))
        #expect(store.state.services.visibleServices.map(\.id) == ["305"])
        #expect(store.state.services.selectedService?.id == "305")
    }

    @Test func aLabelChangeRefiltersWhileAFilterIsSet() {
        var store = Store.detail("301", label: "Kitchen")
        store.send(.back)
        store.send(.beginFilter)
        for c in "kitchen" { store.send(.edit(.insert(String(c)))) }
        store.send(.submit)
        #expect(store.state.services.visibleServices.map(\.id) == ["301"])

        store.send(.open)
        let d = store.key(for: .service(id: "301"))!, m = store.key(for: .serviceMethods(id: "301"))!
        store.send(.received(d, .service(.success(Fixtures.detail("301", label: "Kitchen")))))
        store.send(.received(m, .serviceMethods(.success(Fixtures.allMethods))))
        store.send(.beginLabelEdit)
        store.send(.edit(.clear))
        store.send(.edit(.insert("Garage")))
        store.send(.submit)
        store.send(.received(store.key(for: .setLabel(serviceID: "301", label: "Garage"))!, .setLabel(.success(ServerMessages([])))))
        #expect(store.state.services.label(of: "301") == "Garage")
        #expect(store.state.services.visibleServices.isEmpty)
        #expect(store.state.services.selectedService == nil)
    }

    @Test func aLabelChangeWithoutAFilterKeepsTheRows() {
        var store = Store.loaded()
        let before = store.state.services.visibleServices
        store.state.services.setLabel("Zebra", of: "302")
        #expect(Self.storage(store.state.services.visibleServices) == Self.storage(before))
        store.send(.beginFilter)
        store.send(.edit(.insert("zebra ")))
        #expect(store.state.services.visibleServices.map(\.id) == ["302"])
    }

    @Test func idsBreakTiesNumericallyWhenBothAreIntegers() {
        let rows = ["100", "9", "abc", "10", "ab", "2"].map { Fixtures.service($0, "same.example.com") }
        let store = Store.loaded(rows)
        #expect(store.state.services.visibleServices.map(\.id) == ["2", "9", "10", "100", "ab", "abc"])
    }

    @Test func explicitUpdatesKeepTheOrderInStep() {
        var state = AppState(user: "demo@example.com")
        state.services.load(Fixtures.services)
        state.services.list.set(sort: ListOrder(.domain))
        #expect(state.services.visibleServices.map(\.id) == ["304", "301", "303", "302"])
        state.services.list.set(selectedID: "303")
        #expect(state.services.selectedIndex == 2)
        state.services.list.set(filter: TextFieldState("example.net"))
        #expect(state.services.visibleServices.map(\.id) == ["303"])
        #expect(state.services.selectedIndex == 0)
        state.services.load([])
        #expect(state.services.visibleServices.isEmpty)
        #expect(state.services.selectedService == nil)
    }

    @Test func theWidestIDAndAmountFollowTheVisibleRows() {
        let rows = [Fixtures.service("7", "a.example.com", total: 9.99),
                    Fixtures.service("12345", "b.example.com", total: 1234.5)]
        var store = Store.loaded(rows)
        #expect(store.state.services.widestVisibleID == 5)
        #expect(store.state.services.widestVisibleAmount == 8)            // "1234.50", "1.234,50" in German
        store.send(.beginFilter)
        store.send(.edit(.insert("a.example")))
        #expect(store.state.services.visibleServices.map(\.id) == ["7"])
        #expect(store.state.services.widestVisibleID == 1)
        #expect(store.state.services.widestVisibleAmount == 4)            // "9.99"
        store.send(.edit(.insert("zzz")))
        #expect(store.state.services.widestVisibleID == 0)
    }
}
