import PortalAPI

extension AppState {
    mutating func reduceList(_ action: Action) -> [Effect] {
        switch action {
        case .move(let delta): select(index: selectedIndex + delta)
        case .page(let pages): select(index: selectedIndex + pages * listViewportRows)
        case .moveToFirst: select(index: 0)
        case .moveToLast: select(index: visibleServices.count - 1)
        case .cycleSort:
            let keep = selectedService?.id
            list.sort = list.sort.next
            list.selectedID = keep
            keepSelectionVisible()
        case .beginFilter:
            list.isEditingFilter = true
        case .clearFilter, .cancelInput:
            clearFilter()
        case .refresh:
            return loadServices()
        case .open:
            guard let service = selectedService else { return [] }
            return openDetail(service.id)
        case .back:
            if !list.filter.text.isEmpty { clearFilter(); return [] }
            return [.quit]
        default:
            break
        }
        return []
    }

    mutating func reduceFilter(_ action: Action) -> [Effect] {
        switch action {
        case .edit(let edit):
            let keep = selectedService?.id
            list.filter.apply(edit)
            list.selectedID = keep
            select(index: selectedIndex)
        case .submit:
            list.isEditingFilter = false
        case .cancelInput, .clearFilter:
            clearFilter()
        case .move, .page, .moveToFirst, .moveToLast:
            return reduceList(action)
        default:
            break
        }
        return []
    }

    mutating func clearFilter() {
        let keep = selectedService?.id
        list.filter = TextFieldState()
        list.isEditingFilter = false
        list.selectedID = keep
        keepSelectionVisible()
    }

    mutating func openDetail(_ id: String) -> [Effect] {
        route = .serviceDetail(id: id)
        flash = nil
        var state = ServiceDetailState(serviceID: id)
        state.detail = .loading(previous: nil)
        state.methods = .loading(previous: nil)
        detail = state
        return [request(.serviceDetail, .service(id: id)), request(.serviceMethods, .serviceMethods(id: id))]
    }
}
