import PortalAPI

extension InvoicesState: SectionFeature {
    public mutating func reduce(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        switch modal {
        case .filter: return reduceFilter(action, &ctx)
        case .credit(let dialog): return reduceCreditDialog(dialog, action, &ctx)
        case nil: break
        }
        switch path.last {
        case nil: return reduceList(action, &ctx)
        case .detail(let pane): return reduceDetail(pane, action, &ctx)
        }
    }

    /// The first visit loads; later ones keep the rows on screen and refresh them (and the open invoice).
    public mutating func activate(_ ctx: inout SectionContext) -> [Effect] {
        var effects = loadInvoices(&ctx)
        if detail != nil { effects += loadDetail(&ctx) }
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
        let kept = [detail, lastDetail].compactMap { $0 }.first { $0.invoiceID == id }
        path = [.detail(kept ?? InvoiceDetailState(invoiceID: id))]
        modal = nil
        return loadDetail(&ctx)
    }

    /// (Re)loads the open invoice, keeping what is shown.
    mutating func loadDetail(_ ctx: inout SectionContext) -> [Effect] {
        guard let id = detail?.invoiceID else { return [] }
        updateDetail { $0.detail.startLoading() }
        return [ctx.request(.invoiceDetail, .invoice(id: id))]
    }
}
