/// A section whose first pane is a `ListModel` list: moving, paging, sorting, the filter line,
/// refresh, open and back behave the same in every one of them (services, invoices).
protocol ListSection {
    associatedtype Rows: ListRows
    var list: ListModel<Rows> { get set }
    /// True while the filter line has the keyboard (the section's modal).
    var isEditingFilter: Bool { get set }
    /// List rows on screen.
    func listRows(_ ctx: SectionContext) -> Int
    /// `r`: reload the rows (keeping them on screen).
    mutating func reloadList(_ ctx: inout SectionContext) -> [Effect]
    /// Enter on a row.
    mutating func openRow(_ id: String, _ ctx: inout SectionContext) -> [Effect]
}

extension ListSection {
    mutating func reduceList(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        let rows = listRows(ctx)
        if list.move(action, viewport: rows) { return [] }
        switch action {
        case .cycleSort: list.cycleSort(viewport: rows)
        case .sortBy(let column): list.sort(by: column, viewport: rows)
        case .beginFilter:
            isEditingFilter = true
        case .clearFilter, .cancelInput:
            clearFilter(ctx)
        case .refresh:
            return reloadList(&ctx)
        case .open:
            guard let id = list.selectedRowID else { return [] }
            return openRow(id, &ctx)
        case .clickRow(let id):
            return list.click(id, viewport: rows) ? openRow(id, &ctx) : []
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
            list.editFilter(edit, viewport: listRows(ctx))
        case .submit:
            isEditingFilter = false
        case .cancelInput, .clearFilter:
            clearFilter(ctx)
        case .move, .page, .halfPage, .moveToFirst, .moveToLast, .clickRow:
            return reduceList(action, &ctx)
        default:
            break
        }
        return []
    }

    mutating func clearFilter(_ ctx: SectionContext) {
        isEditingFilter = false
        list.clearFilter(viewport: listRows(ctx))
    }

    /// Moves the selection to `index` (clamped) and scrolls so it is visible.
    mutating func select(index: Int, _ ctx: SectionContext) { list.select(index: index, viewport: listRows(ctx)) }

    mutating func keepSelectionVisible(_ ctx: SectionContext) { list.keepSelectionVisible(viewport: listRows(ctx)) }
}
