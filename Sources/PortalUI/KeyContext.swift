import PortalStore

/// Where a key press lands. The keymap looks in the active context first, then in its fallbacks.
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
    case global, list, detail, upgrade, textField, filter, dialog, help, signIn, tooSmall

    /// Section titles in the help overlay.
    public var title: String {
        switch self {
        case .global: return "Everywhere"
        case .list: return "Lists"
        case .detail: return "Service detail"
        case .upgrade: return "Upgrade"
        case .textField: return "Text fields"
        case .filter: return "Filter line"
        case .dialog: return "Dialogs"
        case .help: return "Help"
        case .signIn: return "Signing in"
        case .tooSmall: return "Terminal too small"
        }
    }

    /// The contexts searched, most specific first, for the current state.
    public static func chain(for state: AppState) -> [KeyContext] {
        if state.isTooSmall { return [.tooSmall] }
        if state.showHelp { return [.help] }
        if state.session != .signedIn { return [.signIn] }
        if let dialog = state.cancelDialog {
            return dialog.focus == .reason ? [.textField] : [.dialog]
        }
        if state.upgrade?.confirming == true { return [.dialog] }
        switch state.route {
        case .services:
            return state.list.isEditingFilter ? [.filter, .textField] : [.list, .global]
        case .serviceDetail:
            return state.detail?.labelEditor != nil ? [.textField] : [.detail, .global]
        case .upgrade:
            return [.upgrade, .global]
        }
    }
}
