import PortalAPI

extension ServicesState: SectionFeature {
    public mutating func reduce(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        if cancelDialog != nil { return reduceCancelDialog(action, &ctx) }
        if upgrade?.confirming == true { return reduceUpgradeConfirm(action, &ctx) }
        if detail?.labelEditor != nil, case .detail = route { return reduceLabelEditor(action, &ctx) }
        if list.isEditingFilter, route == .list { return reduceFilter(action, &ctx) }
        switch route {
        case .list: return reduceList(action, &ctx)
        case .detail: return reduceDetail(action, &ctx)
        case .upgrade: return reduceUpgrade(action, &ctx)
        }
    }

    public mutating func activate(_ ctx: inout SectionContext) -> [Effect] {
        loadServices(&ctx)
    }

    public mutating func resized(_ ctx: inout SectionContext) {
        keepSelectionVisible(ctx)
    }

    /// Loads the services list (and the balance shown in the header).
    mutating func loadServices(_ ctx: inout SectionContext) -> [Effect] {
        summaries.startLoading()
        ctx.refreshBalance()
        return [ctx.request(.services, .services)]
    }
}
