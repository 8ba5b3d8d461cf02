import PortalStore

extension KeyContext {
    /// The modal, if any, has the keys; else the pane on top of the path.
    static func servicesChain(_ services: ServicesState) -> [KeyContext] {
        switch services.modal {
        case .filter: return [.filter, .textField]
        case .label: return [.textField]
        case .cancel(let dialog): return dialog.isTyping ? [.textField] : [.dialog]
        case .confirmUpgrade: return [.dialog]
        case nil: break
        }
        switch services.path.last {
        case nil: return [.serviceList, .list, .global]
        case .detail: return [.detail, .global]
        case .upgrade: return [.upgrade, .global]
        }
    }
}
