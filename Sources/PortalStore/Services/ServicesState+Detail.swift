import PortalAPI

extension ServicesState {
    /// Keys on the open service (`pane`, on top of the path).
    mutating func reduceDetail(_ pane: ServiceDetailState, _ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        var pane = pane
        switch action {
        case .back:
            return closeDetail(&ctx)
        case .refresh:
            pane.detail.startLoading()
            pane.methods.startLoading()
            replaceTop(.detail(pane))
            return [ctx.request(.serviceDetail, .service(id: pane.serviceID)),
                    ctx.request(.serviceMethods, .serviceMethods(id: pane.serviceID))]
        case .move(let delta):
            pane.scroll = clampedDetailScroll(pane.scroll + delta, pane, ctx)
        case .page(let pages):
            pane.scroll = clampedDetailScroll(pane.scroll + pages * Self.detailFieldRows(ctx), pane, ctx)
        case .halfPage(let halves):
            pane.scroll = clampedDetailScroll(pane.scroll + halves * max(1, Self.detailFieldRows(ctx) / 2), pane, ctx)
        case .moveToFirst:
            pane.scroll = 0
        case .moveToLast:
            pane.scroll = clampedDetailScroll(Int.max / 2, pane, ctx)
        case .togglePassword:
            pane.passwordShown.toggle()
        case .beginLabelEdit:
            guard pane.offered.contains(.setLabel), let current = pane.detail.value else { return [] }
            modal = .label(LabelEditor(serviceID: pane.serviceID, label: current.label.value))
        case .beginCancel:
            guard pane.offered.contains(.cancel) else { return [] }
            modal = .cancel(.cancel(serviceID: pane.serviceID))
        case .beginUpgrade:
            guard pane.offered.contains(.upgradeOptions) else { return [] }
            var upgradeState = UpgradeState(serviceID: pane.serviceID)
            upgradeState.options = .loading(previous: nil)
            path.append(.upgrade(upgradeState))
            return [ctx.request(.upgradeOptions, .upgradeOptions(serviceID: pane.serviceID))]
        default:
            return []
        }
        replaceTop(.detail(pane))
        return []
    }

    /// Field rows visible in the detail pane: the body less title, spacer and action lines.
    static func detailFieldRows(_ ctx: SectionContext) -> Int { max(1, ctx.height - 3 - 2 - 2) }

    func clampedDetailScroll(_ value: Int, _ pane: ServiceDetailState, _ ctx: SectionContext) -> Int {
        min(max(0, value), max(0, pane.fieldRowCount - Self.detailFieldRows(ctx)))
    }

    /// Leaves the detail pane: the password is hidden again and its requests are dropped.
    mutating func closeDetail(_ ctx: inout SectionContext) -> [Effect] {
        let effects = ctx.cancel(.serviceDetail) + ctx.cancel(.serviceMethods) + ctx.cancel(.label)
        path = []
        modal = nil
        keepSelectionVisible(ctx)
        return effects
    }
}
