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
        let before = store.state.visibleServices
        store.send(.move(1))
        store.send(.page(1))
        store.send(.moveToLast)
        #expect(store.state.selectedIndex == 499)
        #expect(Self.storage(store.state.visibleServices) == Self.storage(before))
        store.send(.cycleSort)
        #expect(Self.storage(store.state.visibleServices) != Self.storage(before))
    }

    @Test func aFilterEditUpdatesTheOrderAtOnce() {
        var store = Store.loaded()
        store.send(.beginFilter)
        store.send(.edit(.insert("example")))
        #expect(store.state.visibleServices.map(\.id) == ["303", "302", "301", "304"])
        store.send(.edit(.insert(".")))
        #expect(store.state.visibleServices.map(\.id) == ["303", "302", "304"])   // not examplename.com
        store.send(.edit(.insert("o")))
        #expect(store.state.visibleServices.map(\.id) == ["302"])          // shop.example.org
        store.send(.edit(.backspace))
        store.send(.edit(.insert("i")))
        #expect(store.state.visibleServices.map(\.id) == ["304"])          // backup.example.io
        store.send(.edit(.clear))
        #expect(store.state.visibleServices.map(\.id) == ["303", "302", "301", "304"])
    }

    @Test func aSortChangeReordersAndTheSelectionStaysOnTheSameService() {
        var store = Store.loaded()
        store.send(.move(2))
        let id = store.state.selectedService?.id
        #expect(id == "301")
        for _ in ServiceSort.allCases {
            store.send(.cycleSort)
            let ids = store.state.visibleServices.map(\.id)
            #expect(store.state.selectedService?.id == id)
            #expect(ids.firstIndex(of: "301") == store.state.selectedIndex)
        }
        #expect(store.state.list.sort == .nextDue)
    }

    @Test func aRefreshWithNewRowsUpdatesTheOrderAndKeepsTheSelection() {
        var store = Store.loaded()
        store.send(.move(1))
        #expect(store.state.selectedService?.id == "302")
        store.send(.refresh)
        let earliest = Fixtures.service("305", "new.example.com", due: "2026-01-15")
        let rows = Fixtures.services + [earliest]
        store.send(.received(store.key(for: .services)!, .services(.success(rows))))
        #expect(store.state.visibleServices.map(\.id) == ["305", "303", "302", "301", "304"])
        #expect(store.state.selectedService?.id == "302")
        #expect(store.state.selectedIndex == 2)
    }

    @Test func aRefreshWithNewRowsAppliesTheFilterInForce() {
        var store = Store.loaded()
        store.send(.beginFilter)
        store.send(.edit(.insert("new")))
        store.send(.submit)
        #expect(store.state.visibleServices.isEmpty)
        store.send(.refresh)
        let rows = Fixtures.services + [Fixtures.service("305", "new.example.com")]
        store.send(.received(store.key(for: .services)!, .services(.success(rows))))
        #expect(store.state.visibleServices.map(\.id) == ["305"])
        #expect(store.state.selectedService?.id == "305")
    }

    @Test func aLabelChangeRefiltersWhileAFilterIsSet() {
        var store = Store.detail("301", label: "Kitchen")
        store.send(.back)
        store.send(.beginFilter)
        for c in "kitchen" { store.send(.edit(.insert(String(c)))) }
        store.send(.submit)
        #expect(store.state.visibleServices.map(\.id) == ["301"])

        store.send(.open)
        let d = store.key(for: .service(id: "301"))!, m = store.key(for: .serviceMethods(id: "301"))!
        store.send(.received(d, .service(.success(Fixtures.detail("301", label: "Kitchen")))))
        store.send(.received(m, .serviceMethods(.success(Fixtures.allMethods))))
        store.send(.beginLabelEdit)
        store.send(.edit(.clear))
        store.send(.edit(.insert("Garage")))
        store.send(.submit)
        store.send(.received(store.key(for: .setLabel(serviceID: "301", label: "Garage"))!, .setLabel(.success(ServerMessages([])))))
        #expect(store.state.label(of: "301") == "Garage")
        #expect(store.state.visibleServices.isEmpty)
        #expect(store.state.selectedService == nil)
    }

    @Test func aLabelChangeWithoutAFilterKeepsTheRows() {
        var store = Store.loaded()
        let before = store.state.visibleServices
        store.state.labels["302"] = "Zebra"
        #expect(Self.storage(store.state.visibleServices) == Self.storage(before))
        store.send(.beginFilter)
        store.send(.edit(.insert("zebra ")))
        #expect(store.state.visibleServices.map(\.id) == ["302"])
    }

    @Test func idsBreakTiesNumericallyWhenBothAreIntegers() {
        let rows = ["100", "9", "abc", "10", "ab", "2"].map { Fixtures.service($0, "same.example.com") }
        let store = Store.loaded(rows)
        #expect(store.state.visibleServices.map(\.id) == ["2", "9", "10", "100", "ab", "abc"])
    }

    @Test func settingTheStateDirectlyKeepsTheOrderInStep() {
        var state = AppState(user: "demo@example.com")
        state.services = .loaded(Fixtures.services)
        state.list.sort = .domain
        #expect(state.visibleServices.map(\.id) == ["304", "301", "303", "302"])
        state.list.selectedID = "303"
        #expect(state.selectedIndex == 2)
        state.list.filter = TextFieldState("example.net")
        #expect(state.visibleServices.map(\.id) == ["303"])
        #expect(state.selectedIndex == 0)
        state.services = .idle
        #expect(state.visibleServices.isEmpty)
        #expect(state.selectedService == nil)
    }

    @Test func theWidestIDAndAmountFollowTheVisibleRows() {
        let rows = [Fixtures.service("7", "a.example.com", total: 9.99),
                    Fixtures.service("12345", "b.example.com", total: 1234.5)]
        var store = Store.loaded(rows)
        #expect(store.state.widestVisibleID == 5)
        #expect(store.state.widestVisibleAmount == 7)            // "1234.50"
        store.send(.beginFilter)
        store.send(.edit(.insert("a.example")))
        #expect(store.state.visibleServices.map(\.id) == ["7"])
        #expect(store.state.widestVisibleID == 1)
        #expect(store.state.widestVisibleAmount == 4)            // "9.99"
        store.send(.edit(.insert("zzz")))
        #expect(store.state.widestVisibleID == 0)
    }
}
