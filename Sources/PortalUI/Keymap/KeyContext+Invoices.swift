import PortalStore

extension KeyContext {
    static func invoicesChain(_ invoices: InvoicesState) -> [KeyContext] {
        if let dialog = invoices.creditDialog {
            return dialog.isTyping ? [.textField] : [.dialog]
        }
        switch invoices.route {
        case .list:
            return invoices.list.isEditingFilter ? [.filter, .textField] : [.invoiceList, .list, .global]
        case .detail:
            return [.invoiceDetail, .global]
        }
    }
}
