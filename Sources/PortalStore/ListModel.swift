/// The one list component of the portal (services, invoices, categories, products): the selected
/// row (by id), the first row on screen, the sort and the filter text, and the shown rows
/// (`Rows`, over a `PreparedIndex` or a plain filter), kept in step by explicit calls: nothing here
/// observes a property. The rows' data is loaded by the section (`reload`), the rest changes only
/// through the methods below, which re-apply what depends on it.
public struct ListModel<Rows: ListRows>: Sendable, Equatable {
    public private(set) var rows: Rows
    public private(set) var selectedID: String?
    /// First shown row on screen.
    public private(set) var scroll = 0
    public private(set) var sort: Rows.Sort
    public private(set) var filter = TextFieldState()

    public init(_ rows: Rows, sort: Rows.Sort) {
        self.rows = rows
        self.sort = sort
    }

    /// Position of the selection among the shown rows (0 when it is filtered out).
    public var selectedIndex: Int { rows.selected ?? 0 }
    /// The filter text as the rows match it.
    public var needle: String { filter.text.trimmingWhitespace().lowercased() }
    /// The selected row's id, as shown (the first shown row when the selection is filtered out).
    public var selectedRowID: String? { rows.count == 0 ? nil : rows.id(at: min(selectedIndex, rows.count - 1)) }

    /// The rows' data changed: `body` rebuilds them for the current filter, sort and selection.
    mutating func reload(_ body: (inout Rows, _ needle: String, _ sort: Rows.Sort, _ selectedID: String?) -> Void) {
        body(&rows, needle, sort, selectedID)
    }

    /// Moves the selection to `index` (clamped) and scrolls so it is among `viewport` rows.
    mutating func select(index: Int, viewport: Int) {
        let count = rows.count
        guard count > 0 else { selectedID = nil; scroll = 0; return }
        let i = min(max(0, index), count - 1)
        rows.select(i)
        selectedID = rows.id(at: i)
        keepSelectionVisible(viewport: viewport)
    }

    /// A click on the shown row `id`: true when it is the selected row already (the click opens
    /// it); else selects it. A row that is not shown is left alone.
    mutating func click(_ id: String, viewport: Int) -> Bool {
        if id == selectedRowID { return true }
        if let index = (0..<rows.count).first(where: { rows.id(at: $0) == id }) { select(index: index, viewport: viewport) }
        return false
    }

    /// Scrolls the least so the selection is on screen, within the rows.
    mutating func keepSelectionVisible(viewport: Int) {
        let i = selectedIndex
        if i < scroll { scroll = i }
        if i >= scroll + viewport { scroll = i - viewport + 1 }
        scroll = max(0, min(scroll, max(0, rows.count - viewport)))
    }

    /// `s`: the next order, the selected row kept.
    mutating func cycleSort(viewport: Int) {
        set(sort: sort.next, selectedID: selectedRowID)
        keepSelectionVisible(viewport: viewport)
    }

    /// A column's sort key: sorts by that column, or reverses the order when it is the sorted one
    /// already; the selected row kept. Does nothing for a column this list does not have.
    mutating func sort(by column: String, viewport: Int) {
        guard let order = sort.sorted(by: column) else { return }
        set(sort: order, selectedID: selectedRowID)
        keepSelectionVisible(viewport: viewport)
    }

    /// Typing in the filter line: the rows are filtered again, the selected row kept if it still shows.
    mutating func editFilter(_ edit: TextEdit, viewport: Int) {
        let keep = selectedRowID
        var field = filter
        field.apply(edit)
        set(filter: field, selectedID: keep)
        select(index: selectedIndex, viewport: viewport)
    }

    /// Esc: every row again, the selected row kept.
    mutating func clearFilter(viewport: Int) {
        set(filter: TextFieldState(), selectedID: selectedRowID)
        keepSelectionVisible(viewport: viewport)
    }

    /// A new sort, filter or selection, applied to the rows at once (also for setting a state up).
    mutating func set(sort newSort: Rows.Sort? = nil, filter newFilter: TextFieldState? = nil, selectedID newID: String?? = nil) {
        if let newSort { sort = newSort }
        if let newFilter { filter = newFilter }
        if let newID { selectedID = newID }
        rows.update(needle: needle, sort: sort, selectedID: selectedID)
        rows.locate(selectedID)
    }
}

/// The shown rows of a list: filtered and sorted, with the selection's place among them.
public protocol ListRows: Sendable, Equatable {
    associatedtype Sort: SortOrder
    /// How many rows are shown.
    var count: Int { get }
    /// Position of the selected row among the shown ones; nil when none is, or it is filtered out.
    var selected: Int? { get }
    /// The id of the shown row at `position` (a valid position).
    func id(at position: Int) -> String?
    /// Selects the shown row at `position` (a valid position).
    mutating func select(_ position: Int)
    /// Points the selection at the row with `id` (nil when it is not shown).
    mutating func locate(_ id: String?)
    /// A new filter text or sort; does nothing when both are the ones applied.
    mutating func update(needle: String, sort: Sort, selectedID: String?)
}

/// A list's orders, stepped through by `s`, and chosen by a column's key.
public protocol SortOrder: Sendable, Equatable {
    var next: Self { get }
    /// The order by the column named `column` (its `rawValue`): reversed when it is this order's
    /// column, else that column's own direction; nil when the list has no such column.
    func sorted(by column: String) -> Self?
}

/// A column a list sorts by, in its natural direction (`ascending`: the smallest value first).
public protocol SortColumn: RawRepresentable<String>, Sendable, Hashable, CaseIterable {
    var ascending: Bool { get }
}

/// A list's order: the column, and whether its natural direction is reversed (the same key twice).
public struct ListOrder<Column: SortColumn>: SortOrder, Hashable {
    public let column: Column
    public let reversed: Bool

    public init(_ column: Column, reversed: Bool = false) {
        self.column = column
        self.reversed = reversed
    }

    /// `s`: the next column, in its natural direction.
    public var next: ListOrder {
        let all = Array(Column.allCases)
        let i = all.firstIndex(of: column) ?? 0
        return ListOrder(all[(i + 1) % all.count])
    }

    public func sorted(by column: String) -> ListOrder? {
        guard let chosen = Column(rawValue: column) else { return nil }
        return ListOrder(chosen, reversed: chosen == self.column ? !reversed : false)
    }

    /// `order` (the column's natural one) in this direction.
    func apply(_ order: [Int]) -> [Int] { reversed ? Array(order.reversed()) : order }

    /// The header's mark: ▲ when the smallest value comes first, ▼ when the largest does.
    public var arrow: String { column.ascending != reversed ? "▲" : "▼" }
}

/// The order of a list that has one (the catalogue's).
public enum NoSort: SortOrder {
    case none
    public var next: NoSort { self }
    public func sorted(by column: String) -> NoSort? { nil }
}

extension ListModel {
    /// ↑ ↓, half pages, PgUp PgDn, Home End on the list; false when `action` is not a movement.
    mutating func move(_ action: Action, viewport: Int) -> Bool {
        switch action {
        case .move(let delta): select(index: selectedIndex + delta, viewport: viewport)
        case .page(let pages): select(index: selectedIndex + pages * viewport, viewport: viewport)
        case .halfPage(let halves): select(index: selectedIndex + halves * max(1, viewport / 2), viewport: viewport)
        case .moveToFirst: select(index: 0, viewport: viewport)
        case .moveToLast: select(index: rows.count - 1, viewport: viewport)
        default: return false
        }
        return true
    }
}

/// The shown rows of a short list without a sort (the catalogue's categories and products): the
/// items whose fields hold the filter text, in the server's order.
public struct FilteredRows<Item: Sendable & Equatable>: ListRows {
    private var all: [Item] = []
    private var ids: [String] = []
    private var texts: [[String]] = []
    private var needle = ""
    /// Positions in `all` of the shown items.
    private var shown: [Int] = []
    public private(set) var selected: Int?

    public init() {}

    /// The shown items, in order.
    public var items: [Item] { shown.map { all[$0] } }
    public var count: Int { shown.count }
    public func id(at position: Int) -> String? { ids[shown[position]] }
    public mutating func select(_ position: Int) { selected = position }
    public mutating func locate(_ id: String?) { selected = id.flatMap { id in shown.firstIndex { ids[$0] == id } } }

    /// New items: `id` names one, `fields` are what the filter looks in.
    mutating func reload(_ items: [Item], id: (Item) -> String, fields: (Item) -> [String], needle: String, selectedID: String?) {
        all = items
        ids = items.map(id)
        texts = items.map(fields)
        refilter(needle, selectedID: selectedID)
    }

    public mutating func update(needle: String, sort: NoSort, selectedID: String?) {
        guard needle != self.needle else { return }
        refilter(needle, selectedID: selectedID)
    }

    private mutating func refilter(_ needle: String, selectedID: String?) {
        self.needle = needle
        shown = needle.isEmpty ? Array(all.indices) : all.indices.filter { i in texts[i].contains { $0.containsIgnoringCase(needle) } }
        locate(selectedID)
    }
}
