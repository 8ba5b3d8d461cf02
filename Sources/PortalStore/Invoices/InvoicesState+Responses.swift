import PortalAPI

extension InvoicesState {
    /// Applies a response that is still awaited (stale ones never get here).
    public mutating func apply(_ response: Response, slot: RequestSlot, _ ctx: inout SectionContext) -> [Effect] {
        switch response {
        case .invoices(.success(let list)):
            load(list)
            select(index: selectedIndex, ctx)
        case .invoices(.failure(let error)):
            summaries.fail(error.message)
        case .invoice(let result):
            switch result {
            case .success(let value): updateDetail { $0.detail = .loaded(value) }
            case .failure(let error): updateDetail { $0.detail.fail(error.message) }
            }
            clampDetailScroll(ctx)
        case .applyCredit(let result):
            return applyCreditResult(result, &ctx)
        default:
            break
        }
        return []
    }
}
