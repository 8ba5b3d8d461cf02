import PortalStore

extension KeyContext {
    static func servicesChain(_ services: ServicesState) -> [KeyContext] {
        if let dialog = services.cancelDialog {
            return dialog.isTyping ? [.textField] : [.dialog]
        }
        if services.upgrade?.confirming == true { return [.dialog] }
        switch services.route {
        case .list:
            return services.list.isEditingFilter ? [.filter, .textField] : [.serviceList, .list, .global]
        case .detail:
            return services.detail?.labelEditor != nil ? [.textField] : [.detail, .global]
        case .upgrade:
            return [.upgrade, .global]
        }
    }
}
