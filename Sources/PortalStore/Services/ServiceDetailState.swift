import PortalAPI

/// The open service: its detail, the methods the server offers, and the label editor.
public struct ServiceDetailState: Sendable, Equatable {
    public var serviceID: String
    public var detail: Loadable<ServiceDetail> = .idle
    public var methods: Loadable<[ServiceMethod]> = .idle
    /// Hidden until asked for, hidden again on leaving the pane.
    public var passwordShown = false
    /// First field row shown when the fields do not fit (the view clamps it).
    public var scroll = 0

    public init(serviceID: String) { self.serviceID = serviceID }

    /// Rows the detail pane draws for the loaded service (11 fixed fields, a requested
    /// cancellation, the password, extras).
    public var fieldRowCount: Int {
        guard let d = detail.value else { return 0 }
        return 11 + (d.cancelRequested == true ? 1 : 0) + (d.password.isEmpty ? 0 : 1) + d.extra.count
    }

    /// The actions the server lists for this service (nothing until the methods are known).
    public var offered: Set<ServiceAction> { Set((methods.value ?? []).compactMap(\.action)) }
}

/// The open service's label being edited (a modal over the detail pane).
public struct LabelEditor: Sendable, Equatable {
    public var serviceID: String
    public var field: TextFieldState
    public var saving = false
    /// Why the server refused the last save, until the next edit or attempt (a lost answer closes
    /// the editor instead: see `Write`).
    public var failure: APIError?
    public var error: String? { failure?.message }

    public init(serviceID: String, label: String) {
        self.serviceID = serviceID
        field = TextFieldState(label, maxLength: 100)
    }
}

/// The cancel dialog's fields: when (a choice) and why (typed); the rest is the shared `ConfirmDialog`.
public struct CancelForm: DialogForm {
    public enum Field: CaseIterable, Sendable, Equatable { case when, reason }
    public var serviceID: String
    public var immediate = false
    public var reason = TextFieldState(maxLength: 500)
    public init(serviceID: String) { self.serviceID = serviceID }

    public func isText(_ field: Field) -> Bool { field == .reason }
    public mutating func change(_ field: Field, by delta: Int) { if field == .when { immediate.toggle() } }
    public mutating func edit(_ field: Field, _ edit: TextEdit) { if field == .reason { reason.apply(edit) } }
}

public typealias CancelDialog = ConfirmDialog<CancelForm>

extension ConfirmDialog where Form == CancelForm {
    /// "No" focused; `y` sends at once with "End of billing period" and no reason.
    public static func cancel(serviceID: String) -> CancelDialog {
        CancelDialog(title: "Cancel service #\(serviceID)", yesLabel: "Yes, cancel", tone: .danger, form: CancelForm(serviceID: serviceID))
    }
}

public struct UpgradeState: Sendable, Equatable {
    public var serviceID: String
    public var options: Loadable<UpgradeOptions> = .idle
    /// resource id → the value chosen by the user (absent: unchanged)
    public var choices: [String: UpgradeValue] = [:]
    public var focus = 0
    public var quote: Loadable<UpgradeQuote> = .idle
    public init(serviceID: String) { self.serviceID = serviceID }
}
