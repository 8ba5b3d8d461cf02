import FoundationEssentials
import PortalAPI

extension ServicesState {
    /// The services the list shows: filtered by any column, then sorted (kept up to date in state).
    public var visibleServices: [ServiceSummary] { visible.rows }

    /// The widest id among `visibleServices`, in terminal columns (0 when none), kept with the order
    /// so a view need not measure every row on each frame.
    public var widestVisibleID: Int { visible.idWidth }
    /// The widest `Money.format(total)` among `visibleServices`, in terminal columns (0 when none).
    public var widestVisibleAmount: Int { visible.amountWidth }

    /// The label known for a service, if any: the one set or read on its detail pane during this
    /// session, else the one the list answer carries.
    public func label(of serviceID: String) -> String? {
        label(of: serviceID, listed: summaries.value?.first { $0.id == serviceID }?.label.value ?? "")
    }

    /// As `label(of:)`, for a row at hand (no search through the list).
    public func label(of service: ServiceSummary) -> String? {
        label(of: service.id, listed: service.label.value)
    }

    private func label(of id: String, listed: String) -> String? {
        let l = labels[id] ?? listed
        return l.isEmpty ? nil : l
    }

    /// Index of the selected service among the visible ones (0 when it is filtered out).
    public var selectedIndex: Int { visible.selected ?? 0 }

    public var selectedService: ServiceSummary? {
        let rows = visible.rows
        guard !rows.isEmpty else { return nil }
        return rows[min(selectedIndex, rows.count - 1)]
    }

    /// Moves the selection to `index` (clamped) and scrolls so it is visible.
    mutating func select(index: Int, _ ctx: SectionContext) {
        let count = visible.rows.count
        guard count > 0 else { list.selectedID = nil; list.scroll = 0; return }
        let i = min(max(0, index), count - 1)
        visible.select(i)
        list.selectedID = visible.rows[i].id
        keepSelectionVisible(ctx)
    }

    mutating func keepSelectionVisible(_ ctx: SectionContext) {
        let count = visible.rows.count
        let rows = ctx.listViewportRows
        let i = selectedIndex
        var scroll = list.scroll
        if i < scroll { scroll = i }
        if i >= scroll + rows { scroll = i - rows + 1 }
        scroll = max(0, min(scroll, max(0, count - rows)))
        if scroll != list.scroll { list.scroll = scroll }
    }

    /// The filter text as the rows match it.
    var filterNeedle: String { list.filter.text.trimmingWhitespace().lowercased() }

    // Called by the observers of the stored properties the visible order derives from.

    mutating func summariesDidChange(from old: Loadable<[ServiceSummary]>) {
        guard summaries.value != old.value else { return }
        visible.reload(summaries.value ?? [], labels: labels, needle: filterNeedle, sort: list.sort,
                       selectedID: list.selectedID)
    }

    mutating func listDidChange(from old: ServiceListState) {
        if list.sort != old.sort || list.filter.text != old.filter.text {
            visible.update(summaries.value ?? [], labels: labels, needle: filterNeedle, sort: list.sort,
                           selectedID: list.selectedID)
        }
        if list.selectedID != old.selectedID { visible.locate(list.selectedID) }
    }

    mutating func labelsDidChange(from old: [String: String]) {
        guard labels != old else { return }
        visible.labelsChanged(summaries.value ?? [], labels: labels, selectedID: list.selectedID)
    }
}

extension ServiceStatus {
    /// Attention first: problems, then pending, then active, then the finished ones.
    var sortRank: Int {
        switch self {
        case .fraud: return 0
        case .suspended: return 1
        case .pending: return 2
        case .active: return 3
        case .other: return 4
        case .cancelled: return 5
        case .terminated: return 6
        }
    }
}
