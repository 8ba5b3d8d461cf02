import Foundation
import PortalAPI

extension AppState {
    /// The services the list shows: filtered by any column, then sorted.
    public var visibleServices: [ServiceSummary] {
        let all = services.value ?? []
        let needle = list.filter.text.trimmingCharacters(in: .whitespaces).lowercased()
        let filtered = needle.isEmpty ? all : all.filter { searchText(of: $0).contains(needle) }
        return filtered.sorted(by: list.sort.areInIncreasingOrder)
    }

    /// The label known for a service, if any.
    public func label(of serviceID: String) -> String? {
        guard let l = labels[serviceID], !l.isEmpty else { return nil }
        return l
    }

    func searchText(of s: ServiceSummary) -> String {
        [s.id, s.domain.value, s.product.value, s.status.label, s.billingCycle.label,
         s.nextDue?.description ?? "", Money.format(s.total), s.category.value, labels[s.id] ?? ""]
            .joined(separator: "\u{1F}").lowercased()
    }

    /// Index of the selected service among the visible ones (0 when it is filtered out).
    public var selectedIndex: Int {
        let visible = visibleServices
        guard let id = list.selectedID, let i = visible.firstIndex(where: { $0.id == id }) else { return 0 }
        return i
    }

    public var selectedService: ServiceSummary? {
        let visible = visibleServices
        guard !visible.isEmpty else { return nil }
        return visible[min(selectedIndex, visible.count - 1)]
    }

    /// Moves the selection to `index` (clamped) and scrolls so it is visible.
    mutating func select(index: Int) {
        let visible = visibleServices
        guard !visible.isEmpty else { list.selectedID = nil; list.scroll = 0; return }
        let i = min(max(0, index), visible.count - 1)
        list.selectedID = visible[i].id
        keepSelectionVisible()
    }

    mutating func keepSelectionVisible() {
        let count = visibleServices.count
        let rows = listViewportRows
        let i = selectedIndex
        if i < list.scroll { list.scroll = i }
        if i >= list.scroll + rows { list.scroll = i - rows + 1 }
        list.scroll = max(0, min(list.scroll, max(0, count - rows)))
    }
}

extension ServiceSort {
    func areInIncreasingOrder(_ a: ServiceSummary, _ b: ServiceSummary) -> Bool {
        switch self {
        case .nextDue:
            switch (a.nextDue, b.nextDue) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
        case .status:
            let (x, y) = (a.status.sortRank, b.status.sortRank)
            if x != y { return x < y }
        case .amount:
            if a.total != b.total { return a.total > b.total }
        case .domain:
            let (x, y) = (a.domain.value.lowercased(), b.domain.value.lowercased())
            if x != y { return x < y }
        }
        return a.id.localizedStandardCompare(b.id) == .orderedAscending
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
