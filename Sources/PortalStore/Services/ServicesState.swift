import PortalAPI

/// The services section: the list, its labels, and where the user is: the panes opened above the
/// list (`path`) and the one dialog or line that has the keyboard over them (`modal`).
public struct ServicesState: Equatable, Sendable {
    /// The services as last loaded; new rows go through `load(_:)`, which updates the list.
    public internal(set) var summaries: Loadable<[ServiceSummary]> = .idle
    /// The list: selection, scroll, sort, filter and the shown rows.
    public internal(set) var list = ListModel(VisibleServices(), sort: ListOrder(ServiceSort.nextDue))
    /// Labels learned from service details or set by the user, shown in the list; set through
    /// `setLabel(_:of:)`, which updates the list.
    public internal(set) var labels: [String: String] = [:]
    /// The panes opened above the list, innermost last (empty: the list). Each carries its state.
    public var path: [ServicesPane] = []
    /// What has the keyboard over the pane on screen, if anything.
    public var modal: ServicesModal?

    public init() {}

    /// The pane on screen.
    public var route: ServicesRoute { path.last?.route ?? .list }

    /// The open service (under the upgrade pane when that is open).
    public var detail: ServiceDetailState? {
        for case .detail(let pane) in path { return pane }
        return nil
    }

    public var upgrade: UpgradeState? {
        for case .upgrade(let pane) in path { return pane }
        return nil
    }

    public var cancelDialog: CancelDialog? {
        if case .cancel(let dialog) = modal { return dialog }
        return nil
    }

    public var upgradeConfirm: YesNoDialog? {
        if case .confirmUpgrade(let dialog) = modal { return dialog }
        return nil
    }

    public var labelEditor: LabelEditor? {
        if case .label(let editor) = modal { return editor }
        return nil
    }

    /// Changes the open service wherever it is in the path (nothing when none is open).
    mutating func updateDetail(_ body: (inout ServiceDetailState) -> Void) {
        for i in path.indices {
            guard case .detail(var pane) = path[i] else { continue }
            body(&pane)
            path[i] = .detail(pane)
        }
    }

    /// Changes the upgrade pane, if it is open.
    mutating func updateUpgrade(_ body: (inout UpgradeState) -> Void) {
        for i in path.indices {
            guard case .upgrade(var pane) = path[i] else { continue }
            body(&pane)
            path[i] = .upgrade(pane)
        }
    }
}

/// A pane above the services list, with its state.
public enum ServicesPane: Sendable, Equatable {
    case detail(ServiceDetailState)
    case upgrade(UpgradeState)

    public var route: ServicesRoute {
        switch self {
        case .detail(let pane): return .detail(id: pane.serviceID)
        case .upgrade(let pane): return .upgrade(serviceID: pane.serviceID)
        }
    }
}

/// What has the keyboard over a services pane: the list's filter line, the label editor of the
/// open service, or a confirm dialog.
public enum ServicesModal: Sendable, Equatable {
    case filter
    case label(LabelEditor)
    case cancel(CancelDialog)
    case confirmUpgrade(YesNoDialog)
}

/// Where the user is in the section, as the header and the tests name it.
public enum ServicesRoute: Sendable, Equatable {
    case list
    case detail(id: String)
    case upgrade(serviceID: String)
}

/// The services list's sort columns, in the order `s` steps through them. The default, next due,
/// puts running services first and cancelled or terminated ones last.
public enum ServiceSort: String, SortColumn {
    case nextDue = "next due", status, amount, domain

    /// Amounts go largest first; the others smallest (or most urgent) first.
    public var ascending: Bool { self != .amount }
}
