import PortalStore

extension KeyContext {
    /// The modal, if any, has the keys; else the pane on top of the path.
    static func invoicesChain(_ invoices: InvoicesState) -> [KeyContext] {
        switch invoices.modal {
        case .filter: return [.filter, .textField]
        case .credit(let dialog): return dialog.isTyping ? [.textField] : [.dialog]
        case nil: break
        }
        switch invoices.path.last {
        case nil: return [.invoiceList, .list, .global]
        case .detail: return [.invoiceDetail, .global]
        }
    }
}
