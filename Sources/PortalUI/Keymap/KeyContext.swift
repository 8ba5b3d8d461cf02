import PortalStore

/// Where a key press lands. The keymap looks in the active context first, then in its fallbacks.
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
    case global, list, serviceList, invoiceList, detail, upgrade, invoiceDetail, configurator, review, orderResult
    case textField, filter, dialog, help, signIn, signInForm, tooSmall, copy, profiles

    /// Section titles in the help overlay.
    public var title: String {
        switch self {
        case .global: return "Everywhere"
        case .list: return "Lists"
        case .serviceList: return "Services list"
        case .invoiceList: return "Invoices list"
        case .detail: return "Service detail"
        case .upgrade: return "Upgrade"
        case .invoiceDetail: return "Invoice detail"
        case .configurator: return "Configure a product"
        case .review: return "Review the order"
        case .orderResult: return "Order placed"
        case .textField: return "Text fields"
        case .filter: return "Filter line"
        case .dialog: return "Dialogs"
        case .help: return "Help"
        case .signIn: return "Signing in"
        case .signInForm: return "Sign-in form"
        case .tooSmall: return "Terminal too small"
        case .copy: return "Copy to the clipboard"
        case .profiles: return "Profiles"
        }
    }

    /// The contexts searched, most specific first, for the current state.
    public static func chain(for state: AppState) -> [KeyContext] {
        if state.isTooSmall { return [.tooSmall] }
        switch state.modal {
        case .help: return [.help]
        case .signOut: return [.dialog]
        case .copy, .profiles, nil: break   // the choosers are under the sign-in form (AppModal)
        }
        if state.signIn.isShown { return [.signInForm, .textField] }
        if state.session != .signedIn { return [.signIn] }
        if state.modal == .copy { return [.copy] }
        if case .profiles? = state.modal { return [.profiles] }
        switch state.section {
        case .services: return servicesChain(state.services)
        case .invoices: return invoicesChain(state.invoices)
        case .catalogue: return catalogueChain(state.catalogue)
        }
    }

    /// True when a key bound in both contexts would take one binding away: the same context, or
    /// a section's own list keys and the keys every list has (they are searched together).
    public func sharesKeys(with other: KeyContext) -> Bool {
        let lists: Set<KeyContext> = [.list, .serviceList, .invoiceList]
        return self == other || (lists.contains(self) && lists.contains(other) && (self == .list || other == .list))
    }
}
