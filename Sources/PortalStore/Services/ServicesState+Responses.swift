import PortalAPI

extension ServicesState {
    /// Applies a response that is still awaited (stale ones never get here).
    public mutating func apply(_ response: Response, slot: RequestSlot, _ ctx: inout SectionContext) -> [Effect] {
        switch response {
        case .services(.success(let rows)):
            load(rows)
            select(index: selectedIndex, ctx)
        case .services(.failure(let error)):
            summaries.fail(error.message)

        case .service(let result):
            switch result {
            case .success(let value):
                updateDetail { $0.detail = .loaded(value) }
                if let id = detail?.serviceID { setLabel(value.label.value, of: id) }
            case .failure(let error):
                updateDetail { $0.detail.fail(error.message) }
            }

        case .serviceMethods(let result):
            switch result {
            case .success(let value): updateDetail { $0.methods = .loaded(value) }
            case .failure(let error): updateDetail { $0.methods.fail(error.message) }
            }

        case .setLabel(let result):
            return applyLabelResult(result, &ctx)
        case .cancel(let result):
            return applyCancelResult(result, &ctx)
        case .upgradeOptions(let result):
            return applyUpgradeOptions(result, &ctx)
        case .upgrade(let result):
            return applyUpgradeResult(result, slot: slot, &ctx)
        default:
            break
        }
        return []
    }
}
