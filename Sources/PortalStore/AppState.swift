import PortalAPI

/// The whole state of the interactive portal. Rendering is a pure function of it.
public struct AppState: Equatable, Sendable {
    public var user: String
    public var width: Int = 80
    public var height: Int = 24
    public var session: SessionState = .signedOut
    public var balance: Loadable<Balance> = .idle
    public var services: Loadable<[ServiceSummary]> = .idle {
        didSet { servicesDidChange(from: oldValue) }
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
    public var route: Route = .services
    public var detail: ServiceDetailState?
    public var upgrade: UpgradeState?
    public var cancelDialog: CancelDialogState?
    public var showHelp = false
    public var flash: Flash?
    public var spinnerPhase = 0
    /// The generation each slot waits for; a slot is in flight while present.
    public var pending: [RequestSlot: Int] = [:]
    public var lastGeneration = 0

    public init(user: String, width: Int = 80, height: Int = 24) {
        self.user = user
        self.width = width
        self.height = height
    }

    /// True while any request is in flight (the spinner needs ticks).
    public var wantsTicks: Bool { !pending.isEmpty }

    public static let minimumWidth = 40
    public static let minimumHeight = 10
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Rows available to a list: everything but header, column titles, message line and status bar.
    public var listViewportRows: Int { max(1, height - 4) }
}

public enum SessionState: Sendable, Equatable {
    case signedOut
    case signingIn
    case signedIn
    case failed(String)
}

public enum Route: Sendable, Equatable {
    case services
    case serviceDetail(id: String)
    case upgrade(serviceID: String)
}

/// A one-line message under the pane: the result of an action or an error.
public struct Flash: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case info, error }
    public var kind: Kind
    public var text: String
    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
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
