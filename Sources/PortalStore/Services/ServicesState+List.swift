import PortalAPI

extension ServicesState {
    mutating func reduceList(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        switch action {
        case .move(let delta): select(index: selectedIndex + delta, ctx)
        case .page(let pages): select(index: selectedIndex + pages * ctx.listViewportRows, ctx)
        case .moveToFirst: select(index: 0, ctx)
        case .moveToLast: select(index: visibleServices.count - 1, ctx)
        case .cycleSort:
            let keep = selectedService?.id
            list.sort = list.sort.next
            list.selectedID = keep
            keepSelectionVisible(ctx)
        case .beginFilter:
            list.isEditingFilter = true
        case .clearFilter, .cancelInput:
            clearFilter(ctx)
        case .refresh:
            return loadServices(&ctx)
        case .open:
            guard let service = selectedService else { return [] }
            return openDetail(service.id, &ctx)
        case .back:
            if !list.filter.text.isEmpty { clearFilter(ctx); return [] }
            return [.quit]
        default:
            break
        }
        return []
    }

    mutating func reduceFilter(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        switch action {
        case .edit(let edit):
            let keep = selectedService?.id
            list.filter.apply(edit)
            list.selectedID = keep
            select(index: selectedIndex, ctx)
        case .submit:
            list.isEditingFilter = false
        case .cancelInput, .clearFilter:
            clearFilter(ctx)
        case .move, .page, .moveToFirst, .moveToLast:
            return reduceList(action, &ctx)
        default:
            break
        }
        return []
    }

    mutating func clearFilter(_ ctx: SectionContext) {
        let keep = selectedService?.id
        list.filter = TextFieldState()
        list.isEditingFilter = false
        list.selectedID = keep
        keepSelectionVisible(ctx)
    }

    mutating func openDetail(_ id: String, _ ctx: inout SectionContext) -> [Effect] {
        stack = [.detail(id: id)]
        ctx.flash = nil
        var state = ServiceDetailState(serviceID: id)
        state.detail = .loading(previous: nil)
        state.methods = .loading(previous: nil)
        detail = state
        return [ctx.request(.serviceDetail, .service(id: id)), ctx.request(.serviceMethods, .serviceMethods(id: id))]
    }
}
