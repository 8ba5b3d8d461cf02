import PortalAPI

/// The invoices list's keys are the shared list keys (`ListSection`).
extension InvoicesState: ListSection {
    func listRows(_ ctx: SectionContext) -> Int { Self.viewportRows(ctx) }
    mutating func reloadList(_ ctx: inout SectionContext) -> [Effect] { loadInvoices(&ctx) }
    var isEditingFilter: Bool {
        get { modal == .filter }
        set { if newValue { modal = .filter } else if modal == .filter { modal = nil } }
    }
    mutating func openRow(_ id: String, _ ctx: inout SectionContext) -> [Effect] { openDetail(id, &ctx) }
}
