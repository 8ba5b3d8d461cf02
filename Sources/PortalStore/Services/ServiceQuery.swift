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
    public var selectedIndex: Int { list.selectedIndex }

    public var selectedService: ServiceSummary? {
        let rows = visible.rows
        guard !rows.isEmpty else { return nil }
        return rows[min(selectedIndex, rows.count - 1)]
    }

    /// The list's filtered, sorted rows and the selection's place among them.
    var visible: VisibleServices { list.rows }

    /// New services (a load): the list is rebuilt around the selected service.
    mutating func load(_ rows: [ServiceSummary]) {
        let changed = summaries.value != rows
        summaries = .loaded(rows)
        guard changed else { return }
        let labels = self.labels
        list.reload { $0.reload(rows, labels: labels, needle: $1, sort: $2, selectedID: $3) }
    }

    /// A label learned or set: shown in the list, and found by the filter.
    mutating func setLabel(_ label: String, of id: String) {
        labels[id] = label
        let labels = self.labels
        list.reload { rows, _, _, selectedID in rows.labelsChanged(labels, selectedID: selectedID) }
    }
}

extension ServiceStatus {
    /// The default order's groups: the services still running (active, pending, suspended…) first,
    /// the finished ones (cancelled, terminated) last.
    var isFinished: Bool {
        switch self {
        case .cancelled, .terminated: return true
        default: return false
        }
    }

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
