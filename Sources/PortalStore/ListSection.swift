/// What the keys of a sortable, filterable list act on; the services and invoices lists share it.
public protocol ListControls: Sendable, Equatable {
    associatedtype Sort: SortOrder
    var selectedID: String? { get set }
    var scroll: Int { get set }
    var sort: Sort { get set }
    var filter: TextFieldState { get set }
}

/// A list's orders, stepped through by `s`.
public protocol SortOrder: Sendable, Equatable {
    var next: Self { get }
}

extension ServiceSort: SortOrder {}
extension InvoiceSort: SortOrder {}
extension ServiceListState: ListControls {}
extension InvoiceListState: ListControls {}

/// A section whose first pane is such a list: moving, paging, sorting, the filter line, refresh,
/// open and back behave the same in every one of them.
protocol ListSection {
    associatedtype Controls: ListControls
    var list: Controls { get set }
    /// True while the filter line has the keyboard (the section's modal).
    var isEditingFilter: Bool { get set }
    /// Position of the selection among the shown rows (0 when it is filtered out).
    var selectedIndex: Int { get }
    var shownCount: Int { get }
    var selectedRowID: String? { get }
    /// List rows on screen.
    func listRows(_ ctx: SectionContext) -> Int
    mutating func select(index: Int, _ ctx: SectionContext)
    mutating func keepSelectionVisible(_ ctx: SectionContext)
    /// `r`: reload the rows (keeping them on screen).
    mutating func reloadList(_ ctx: inout SectionContext) -> [Effect]
    /// Enter on a row.
    mutating func openRow(_ id: String, _ ctx: inout SectionContext) -> [Effect]
}

extension ListSection {
    mutating func reduceList(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        switch action {
        case .move(let delta): select(index: selectedIndex + delta, ctx)
        case .page(let pages): select(index: selectedIndex + pages * listRows(ctx), ctx)
        case .moveToFirst: select(index: 0, ctx)
        case .moveToLast: select(index: shownCount - 1, ctx)
        case .cycleSort:
            let keep = selectedRowID
            list.sort = list.sort.next
            list.selectedID = keep
            keepSelectionVisible(ctx)
        case .beginFilter:
            isEditingFilter = true
        case .clearFilter, .cancelInput:
            clearFilter(ctx)
        case .refresh:
            return reloadList(&ctx)
        case .open:
            guard let id = selectedRowID else { return [] }
            return openRow(id, &ctx)
        case .back:
            if !list.filter.text.isEmpty { clearFilter(ctx); return [] }
            return [.quit]
        default:
            break
        }
        return []
    }

    mutating func reduceFilter(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        switch action {
        case .edit(let edit):
            let keep = selectedRowID
            list.filter.apply(edit)
            list.selectedID = keep
            select(index: selectedIndex, ctx)
        case .submit:
            isEditingFilter = false
        case .cancelInput, .clearFilter:
            clearFilter(ctx)
        case .move, .page, .moveToFirst, .moveToLast:
            return reduceList(action, &ctx)
        default:
            break
        }
        return []
    }

    mutating func clearFilter(_ ctx: SectionContext) {
        let keep = selectedRowID
        list.filter = TextFieldState()
        isEditingFilter = false
        list.selectedID = keep
        keepSelectionVisible(ctx)
    }
}
