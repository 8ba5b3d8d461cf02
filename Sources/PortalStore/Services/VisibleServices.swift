import PortalAPI

/// The services list's derived order: the services matching the filter, sorted. It remembers the
/// inputs it was built for and is rebuilt only when the services, the labels (while filtering), the
/// filter text or the sort change, so moving the selection costs O(1).
struct VisibleServices: Sendable, Equatable {
    /// One entry per service, in the order of `AppState.services`.
    private(set) var keys: [ServiceKeys] = []
    /// Indices into the services in `sort` order, unfiltered.
    private(set) var sorted: [Int] = []
    private(set) var sort: ServiceSort = .nextDue
    /// The trimmed, lower-cased filter text the rows match.
    private(set) var needle = ""
    private(set) var rows: [ServiceSummary] = []
    /// Position in `rows` of the selected service; nil when there is none or it is filtered out.
    private(set) var selected: Int?
    /// The widest id and formatted amount among `rows`, in terminal columns.
    private(set) var idWidth = 0
    private(set) var amountWidth = 0

    /// New services: everything is rebuilt.
    mutating func reload(_ all: [ServiceSummary], labels: [String: String], needle: String, sort: ServiceSort,
                         selectedID: String?) {
        keys = all.map(ServiceKeys.init)
        self.sort = sort
        sorted = sort.order(all, keys)
        refilter(all, labels: labels, needle: needle, selectedID: selectedID)
    }

    /// A new sort or filter text; does nothing when both are the ones already applied.
    mutating func update(_ all: [ServiceSummary], labels: [String: String], needle: String, sort: ServiceSort,
                         selectedID: String?) {
        guard sort != self.sort || needle != self.needle else { return }
        if sort != self.sort {
            self.sort = sort
            sorted = sort.order(all, keys)
        }
        refilter(all, labels: labels, needle: needle, selectedID: selectedID)
    }

    /// Labels take part in filtering only, so a label change matters only while a filter is set.
    mutating func labelsChanged(_ all: [ServiceSummary], labels: [String: String], selectedID: String?) {
        guard !needle.isEmpty else { return }
        refilter(all, labels: labels, needle: needle, selectedID: selectedID)
    }

    mutating func refilter(_ all: [ServiceSummary], labels: [String: String], needle: String, selectedID: String?) {
        self.needle = needle
        let keys = self.keys
        var shown = sorted
        if !needle.isEmpty {
            let lowered = labels.compactMapValues { $0.isEmpty ? nil : $0.lowercased() }
            shown = sorted.filter { i in
                keys[i].search.contains(needle) || (lowered[all[i].id]?.contains(needle) ?? false)
            }
        }
        rows = shown.map { all[$0] }
        idWidth = shown.lazy.map { keys[$0].idWidth }.max() ?? 0
        amountWidth = shown.lazy.map { keys[$0].amountWidth }.max() ?? 0
        selected = nil
        locate(selectedID)
    }

    /// Points `selected` at `id`: O(1) when it is already there, one scan otherwise.
    mutating func locate(_ id: String?) {
        guard let id else { selected = nil; return }
        if let s = selected, s < rows.count, rows[s].id == id { return }
        selected = rows.firstIndex { $0.id == id }
    }

    /// Selects the row at `index`, which must be a valid position in `rows`.
    mutating func select(_ index: Int) { selected = index }
}
