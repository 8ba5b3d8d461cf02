import PortalAPI

extension InvoicesState {
    /// Index of the selected invoice among the visible ones (0 when it is filtered out).
    public var selectedIndex: Int { visible.selected ?? 0 }

    /// The invoice at a position of the visible order.
    public func visibleInvoice(at position: Int) -> InvoiceSummary? {
        guard let all = summaries.value, position >= 0, position < visible.rows.count else { return nil }
        return all[visible.rows[position]]
    }

    public var selectedInvoice: InvoiceSummary? {
        visibleInvoice(at: min(selectedIndex, max(0, visible.count - 1)))
    }

    /// The filter text as the rows match it.
    var filterNeedle: String { list.filter.text.trimmingWhitespace().lowercased() }

    /// List rows available on screen: the section's viewport less the footer line.
    static func viewportRows(_ ctx: SectionContext) -> Int { max(1, ctx.listViewportRows - 1) }

    /// Moves the selection to `index` (clamped) and scrolls so it is visible.
    mutating func select(index: Int, _ ctx: SectionContext) {
        let count = visible.count
        guard count > 0 else { list.selectedID = nil; list.scroll = 0; return }
        let i = min(max(0, index), count - 1)
        visible.select(i)
        list.selectedID = visibleInvoice(at: i)?.id
        keepSelectionVisible(ctx)
    }

    mutating func keepSelectionVisible(_ ctx: SectionContext) {
        let rows = Self.viewportRows(ctx)
        let i = selectedIndex
        var scroll = list.scroll
        if i < scroll { scroll = i }
        if i >= scroll + rows { scroll = i - rows + 1 }
        scroll = max(0, min(scroll, max(0, visible.count - rows)))
        if scroll != list.scroll { list.scroll = scroll }
    }

    // Called by the observers of the stored properties the visible order derives from.

    mutating func summariesDidChange(from old: Loadable<[InvoiceSummary]>) {
        guard summaries.value != old.value else { return }
        reloadVisible()
    }

    mutating func reloadVisible() {
        visible.reload(summaries.value ?? [], today: today, ready: arriving, needle: filterNeedle, sort: list.sort,
                       selectedID: list.selectedID)
    }

    mutating func listDidChange(from old: InvoiceListState) {
        if list.sort != old.sort || list.filter.text != old.filter.text {
            visible.update(needle: filterNeedle, sort: list.sort, selectedID: list.selectedID)
        }
        if list.selectedID != old.selectedID { visible.locate(list.selectedID) }
    }
}
