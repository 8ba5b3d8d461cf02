import PortalAPI

/// The open service: its detail, the methods the server offers, and the label editor.
public struct ServiceDetailState: Sendable, Equatable {
    public var serviceID: String
    public var detail: Loadable<ServiceDetail> = .idle
    public var methods: Loadable<[ServiceMethod]> = .idle
    /// Hidden until asked for, hidden again on leaving the pane.
    public var passwordShown = false
    public var labelEditor: TextFieldState?
    public var labelSaving = false
    public var labelError: String?

    public init(serviceID: String) { self.serviceID = serviceID }

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
    /// resource id → chosen item id
    public var choices: [String: String] = [:]
    public var focus = 0
    public var quote: Loadable<UpgradeQuote> = .idle
    public var confirming = false
    public var yesFocused = false
    public var sending = false
    public init(serviceID: String) { self.serviceID = serviceID }
}
