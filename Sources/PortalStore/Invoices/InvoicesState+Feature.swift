import PortalAPI

extension InvoicesState: SectionFeature {
    public mutating func reduce(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        if creditDialog != nil { return reduceCreditDialog(action, &ctx) }
        if list.isEditingFilter, route == .list { return reduceFilter(action, &ctx) }
        switch route {
        case .list: return reduceList(action, &ctx)
        case .detail: return reduceDetail(action, &ctx)
        }
    }

    /// The first visit loads; later ones keep the rows on screen and refresh them (and the open invoice).
    public mutating func activate(_ ctx: inout SectionContext) -> [Effect] {
        var effects = loadInvoices(&ctx)
        if case .detail = route { effects += loadDetail(&ctx) }
        return effects
    }

    public mutating func resized(_ ctx: inout SectionContext) {
        keepSelectionVisible(ctx)
        if detail != nil { clampDetailScroll(ctx) }
    }

    /// Opens one invoice (from another section, e.g. after an order).
    public mutating func open(invoiceID: String, _ ctx: inout SectionContext) -> [Effect] {
        openDetail(invoiceID, &ctx)
    }

    /// Loads the list (and the balance shown in the header).
    mutating func loadInvoices(_ ctx: inout SectionContext) -> [Effect] {
        summaries.startLoading()
        ctx.refreshBalance()
        return [ctx.request(.invoices, .invoices)]
    }

    /// Loads the list alone (for the account's currency when the balance names none).
    mutating func loadListOnly(_ ctx: inout SectionContext) -> [Effect] {
        summaries.startLoading()
        return [ctx.request(.invoices, .invoices)]
    }

    mutating func openDetail(_ id: String, _ ctx: inout SectionContext) -> [Effect] {
        stack = [.detail(id: id)]
        creditDialog = nil
        if detail?.invoiceID != id { detail = InvoiceDetailState(invoiceID: id) }
        return loadDetail(&ctx)
    }

    /// (Re)loads the open invoice, keeping what is shown.
    mutating func loadDetail(_ ctx: inout SectionContext) -> [Effect] {
        guard var pane = detail else { return [] }
        pane.detail.startLoading()
        detail = pane
        return [ctx.request(.invoiceDetail, .invoice(id: pane.invoiceID))]
    }
}
