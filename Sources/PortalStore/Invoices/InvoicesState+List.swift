import PortalAPI

extension InvoicesState {
    mutating func reduceList(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        switch action {
        case .move(let delta): select(index: selectedIndex + delta, ctx)
        case .page(let pages): select(index: selectedIndex + pages * Self.viewportRows(ctx), ctx)
        case .moveToFirst: select(index: 0, ctx)
        case .moveToLast: select(index: visible.count - 1, ctx)
        case .cycleSort:
            let keep = selectedInvoice?.id
            list.sort = list.sort.next
            list.selectedID = keep
            keepSelectionVisible(ctx)
        case .beginFilter:
            list.isEditingFilter = true
        case .clearFilter, .cancelInput:
            clearFilter(ctx)
        case .refresh:
            return loadInvoices(&ctx)
        case .open:
            guard let invoice = selectedInvoice else { return [] }
            return openDetail(invoice.id, &ctx)
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
            let keep = selectedInvoice?.id
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
        let keep = selectedInvoice?.id
        list.filter = TextFieldState()
        list.isEditingFilter = false
        list.selectedID = keep
        keepSelectionVisible(ctx)
    }
}
