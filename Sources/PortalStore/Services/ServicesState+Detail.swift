import PortalAPI

extension ServicesState {
    mutating func reduceDetail(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        guard var pane = detail else { stack = []; return [] }
        switch action {
        case .back:
            return closeDetail(&ctx)
        case .refresh:
            pane.detail.startLoading()
            pane.methods.startLoading()
            detail = pane
            return [ctx.request(.serviceDetail, .service(id: pane.serviceID)),
                    ctx.request(.serviceMethods, .serviceMethods(id: pane.serviceID))]
        case .move(let delta):
            pane.scroll = clampedDetailScroll(pane.scroll + delta, pane, ctx)
            detail = pane
        case .page(let pages):
            pane.scroll = clampedDetailScroll(pane.scroll + pages * Self.detailFieldRows(ctx), pane, ctx)
            detail = pane
        case .moveToFirst:
            pane.scroll = 0
            detail = pane
        case .moveToLast:
            pane.scroll = clampedDetailScroll(Int.max / 2, pane, ctx)
            detail = pane
        case .togglePassword:
            pane.passwordShown.toggle()
            detail = pane
        case .beginLabelEdit:
            guard pane.offered.contains(.setLabel), let current = pane.detail.value else { return [] }
            pane.labelEditor = TextFieldState(current.label.value, maxLength: 100)
            pane.labelFailure = nil
            detail = pane
        case .beginCancel:
            guard pane.offered.contains(.cancel) else { return [] }
            cancelDialog = .cancel(serviceID: pane.serviceID)
        case .beginUpgrade:
            guard pane.offered.contains(.upgradeOptions) else { return [] }
            var upgradeState = UpgradeState(serviceID: pane.serviceID)
            upgradeState.options = .loading(previous: nil)
            upgrade = upgradeState
            stack.append(.upgrade(serviceID: pane.serviceID))
            return [ctx.request(.upgradeOptions, .upgradeOptions(serviceID: pane.serviceID))]
        default:
            break
        }
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
        detail = nil
        stack = []
        keepSelectionVisible(ctx)
        return effects
    }

    mutating func reduceLabelEditor(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        guard var pane = detail, var editor = pane.labelEditor else { return [] }
        switch action {
        case .edit(let edit):
            guard !pane.labelSaving else { return [] }
            editor.apply(edit)
            pane.labelEditor = editor
            pane.labelFailure = nil
        case .submit:
            guard !pane.labelSaving else { return [] }
            pane.labelSaving = true
            pane.labelFailure = nil
            detail = pane
            return [ctx.request(.label, .setLabel(serviceID: pane.serviceID, label: editor.text))]
        case .cancelInput, .back:
            pane.labelEditor = nil
            pane.labelSaving = false
            pane.labelFailure = nil
            detail = pane
            return ctx.cancel(.label)
        default:
            return []
        }
        detail = pane
        return []
    }
}
