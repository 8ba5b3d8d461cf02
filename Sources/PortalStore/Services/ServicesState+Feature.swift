import PortalAPI

extension ServicesState: SectionFeature {
    /// The modal, if any, takes the key; else the pane on screen.
    public mutating func reduce(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        switch modal {
        case .filter: return reduceFilter(action, &ctx)
        case .label(let editor): return reduceLabelEditor(editor, action, &ctx)
        case .cancel(let dialog): return reduceCancelDialog(dialog, action, &ctx)
        case .confirmUpgrade(let dialog): return reduceUpgradeConfirm(dialog, action, &ctx)
        case nil: break
        }
        switch path.last {
        case nil: return reduceList(action, &ctx)
        case .detail(let pane): return reduceDetail(pane, action, &ctx)
        case .upgrade(let pane): return reduceUpgrade(pane, action, &ctx)
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

    /// Puts the pane on screen back with its new state.
    mutating func replaceTop(_ pane: ServicesPane) {
        path[path.count - 1] = pane   // called by the reducer of the pane on top, so there is one
    }
}
