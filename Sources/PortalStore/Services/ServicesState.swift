import PortalAPI

/// The services section: the list, its labels, and the panes opened from it.
public struct ServicesState: Equatable, Sendable {
    public var summaries: Loadable<[ServiceSummary]> = .idle {
        didSet { summariesDidChange(from: oldValue) }
    }
    public var list = ServiceListState() {
        didSet { listDidChange(from: oldValue) }
    }
    /// Labels learned from service details or set by the user, shown in the list.
    public var labels: [String: String] = [:] {
        didSet { labelsDidChange(from: oldValue) }
    }
    /// The list's filtered, sorted rows and the selection's place among them, derived from the
    /// properties above by their observers (see `visibleServices`).
    var visible = VisibleServices()
    /// The panes opened above the list, innermost last (empty: the list).
    public var stack: [ServicesRoute] = []
    public var detail: ServiceDetailState?
    public var upgrade: UpgradeState?
    public var cancelDialog: CancelDialog?

    public init() {}

    /// The pane on screen.
    public var route: ServicesRoute { stack.last ?? .list }
}

public enum ServicesRoute: Sendable, Equatable {
    case list
    case detail(id: String)
    case upgrade(serviceID: String)
}

public struct ServiceListState: Sendable, Equatable {
    public var selectedID: String?
    public var scroll = 0
    public var sort: ServiceSort = .nextDue
    public var filter = TextFieldState()
    public var isEditingFilter = false
    public init() {}
}

public enum ServiceSort: String, Sendable, Equatable, CaseIterable {
    case nextDue = "next due", status, amount, domain

    public var next: ServiceSort {
        let all = Self.allCases
        let i = all.firstIndex(of: self) ?? 0
        return all[(i + 1) % all.count]
    }
}
