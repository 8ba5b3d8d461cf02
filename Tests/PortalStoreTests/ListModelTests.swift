@testable import PortalStore
import Testing

/// The one list component: selection by id, scroll within the viewport, filter, explicit updates.
@Suite struct ListModelTests {
    struct Item: Sendable, Equatable { let id: String; let name: String }

    static func list(_ names: [String]) -> ListModel<FilteredRows<Item>> {
        var list = ListModel(FilteredRows<Item>(), sort: NoSort.none)
        let items = names.enumerated().map { Item(id: "\($0.offset + 1)", name: $0.element) }
        list.reload { $0.reload(items, id: \.id, fields: { [$0.name] }, needle: $1, selectedID: $3) }
        list.select(index: 0, viewport: 3)
        return list
    }

    @Test func movingScrollsTheLeastAndClamps() {
        var list = Self.list(["a", "b", "c", "d", "e"])
        _ = list.move(.moveToLast, viewport: 3)
        #expect(list.selectedID == "5" && list.scroll == 2)
        _ = list.move(.move(-3), viewport: 3)
        #expect(list.selectedID == "2" && list.scroll == 1)
        _ = list.move(.page(-1), viewport: 3)
        #expect(list.selectedID == "1" && list.scroll == 0)
        let moved = list.move(.open, viewport: 3)
        #expect(!moved)
    }

    @Test func theSelectionFollowsItsRowThroughFilterAndReload() {
        var list = Self.list(["apple", "banana", "cherry"])
        list.select(index: 2, viewport: 3)
        list.editFilter(.insert("e"), viewport: 3)        // apple, cherry
        #expect(list.rows.items.map(\.name) == ["apple", "cherry"])
        #expect(list.selectedRowID == "3" && list.selectedIndex == 1)
        let again = [Item(id: "3", name: "cherry"), Item(id: "1", name: "apple")]
        list.reload { $0.reload(again, id: \.id, fields: { [$0.name] }, needle: $1, selectedID: $3) }
        #expect(list.selectedIndex == 0)                  // cherry, now first
        list.clearFilter(viewport: 3)
        #expect(list.rows.count == 2 && list.selectedRowID == "3")
    }
}
