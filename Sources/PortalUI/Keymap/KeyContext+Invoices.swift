import PortalStore

extension KeyContext {
    static func invoicesChain(_ invoices: InvoicesState) -> [KeyContext] {
        switch invoices.route {
        case .list: return [.global]
        case .detail: return [.invoiceDetail, .global]
        }
    }
}
