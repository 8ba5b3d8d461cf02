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
    public var labelEditor: TextFieldState?
    public var labelSaving = false
    /// Why the server refused the last save, until the next edit or attempt (a lost answer closes
    /// the editor instead: see `Write`).
    public var labelFailure: APIError?
    public var labelError: String? { labelFailure?.message }

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

public struct CancelDialogState: Sendable, Equatable {
    public enum Focus: Int, Sendable, Equatable, CaseIterable { case when, reason, buttons }
    public var serviceID: String
    public var immediate = false
    public var reason = TextFieldState(maxLength: 500)
    public var focus: Focus = .when
    /// The focused button when focus is on the buttons: false = "No" (the default).
    public var yesFocused = false
    public var sending = false
    public var error: String?
    public init(serviceID: String) { self.serviceID = serviceID }
}

public struct UpgradeState: Sendable, Equatable {
    public var serviceID: String
    public var options: Loadable<UpgradeOptions> = .idle
    /// resource id → the value chosen by the user (absent: unchanged)
    public var choices: [String: UpgradeValue] = [:]
    public var focus = 0
    public var quote: Loadable<UpgradeQuote> = .idle
    public var confirming = false
    public var yesFocused = false
    public var sending = false
    public init(serviceID: String) { self.serviceID = serviceID }
}
