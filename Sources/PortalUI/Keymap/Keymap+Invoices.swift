import PortalStore

extension KeyBinding {
    /// The invoices list and an invoice's detail.
    static let invoices: [KeyBinding] = [
        KeyBinding([.escape, .char("h"), .left], .invoiceDetail, .back, "back to the list"),
    ]
}
