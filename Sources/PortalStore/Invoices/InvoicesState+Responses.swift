import PortalAPI

extension InvoicesState {
    /// Applies a response that is still awaited (stale ones never get here).
    public mutating func apply(_ response: Response, slot: RequestSlot, _ ctx: inout SectionContext) -> [Effect] {
        switch response {
        case .invoices(.success(let list)):
            arriving = list.prepared
            summaries = .loaded(list.rows)
            arriving = nil
            select(index: selectedIndex, ctx)
        case .invoices(.failure(let error)):
            summaries.fail(error.message)
        case .invoice(let result):
            guard var pane = detail else { return [] }
            switch result {
            case .success(let value): pane.detail = .loaded(value)
            case .failure(let error): pane.detail.fail(error.message)
            }
            detail = pane
            clampDetailScroll(ctx)
        case .applyCredit(let result):
            return applyCreditResult(result, &ctx)
        default:
            break
        }
        return []
    }
}
