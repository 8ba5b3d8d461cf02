import PortalAPI

/// Keys on the configurator: move between fields, change the focused one, go to review.
extension CatalogueState {
    mutating func reduceConfigurator(_ pane: ConfiguratorPane, _ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        var pane = pane
        switch action {
        case .cancelInput where pane.isEditingText:
            // Esc leaves the field being typed in, not the configurator.
            pane.typingStopped = true
            replaceTop(.configure(pane))
            return []
        case .submit where pane.typingStopped:
            pane.typingStopped = false
            replaceTop(.configure(pane))
            return []
        case .back, .cancelInput:
            lastConfigurator = pane
            path.removeLast()
            return []
        case .refresh:
            pane.configuration.startLoading()
            replaceTop(.configure(pane))
            return [ctx.request(.productConfiguration, .productConfiguration(productID: pane.productID))]
        default:
            break
        }
        let review = Self.configure(&pane, action, &ctx)
        replaceTop(review ? .review(pane) : .configure(pane))
        return []
    }

    /// The form's keys on `pane`; true when the review opens.
    static func configure(_ pane: inout ConfiguratorPane, _ action: Action, _ ctx: inout SectionContext) -> Bool {
        guard var model = pane.model else { return false }
        defer { pane.model = model }
        let keys = model.visibleKeys
        let at = pane.focus.flatMap { keys.firstIndex(of: $0) } ?? 0
        func focus(_ index: Int) {
            guard !keys.isEmpty else { return }
            pane.focus(on: keys[max(0, min(keys.count - 1, index))])
        }
        guard let key = pane.focus ?? keys.first else { return false }
        switch action {
        case .focusNext, .move(1): focus(at + 1)
        case .focusPrevious, .move(-1): focus(at - 1)
        case .moveToFirst: focus(0)
        case .moveToLast: focus(keys.count - 1)
        case .page(let pages): focus(at + pages * fieldRows(ctx))
        case .halfPage(let halves): focus(at + halves * max(1, fieldRows(ctx) / 2))
        case .submit:
            if at == keys.count - 1 { return beginReview(&pane, &model, &ctx) }
            focus(at + 1)
        case .review:
            return beginReview(&pane, &model, &ctx)
        case .changeOption(let delta):
            CatalogueState.change(key, by: delta, &model, &pane.itemCursor)
        case .toggleOption:
            CatalogueState.toggle(key, &model, itemCursor: pane.itemCursor)
        case .clickField(let clicked, let tickBox):
            guard keys.contains(clicked) else { break }
            if clicked != key { pane.focus(on: clicked) } else { pane.typingStopped = false }
            if let tickBox {
                pane.itemCursor = tickBox
                CatalogueState.toggle(clicked, &model, itemCursor: tickBox)
            }
        case .adjust(let steps):
            if case .form(let id) = key { model.adjust(id, by: steps) }
        case .edit(let edit):
            switch key {
            case .domain: model.editDomain(edit)
            case .form(let id) where model.field(id)?.form.kind == .searchSelect:
                CatalogueState.search(edit, in: id, &model, &pane.search)
            case .form(let id): model.edit(id, edit)
            default: break
            }
        default:
            break
        }
        // A change may hide the focused field: keep the focus on the nearest field still shown.
        if let focused = pane.focus, !model.visibleKeys.contains(focused) {
            pane.focus(on: model.visibleKeys.last { keys.firstIndex(of: $0).map { $0 < at } ?? false } ?? model.visibleKeys.first)
        }
        return false
    }

    /// Fields a page moves over: as many as the rows a narrow terminal's configurator keeps for them.
    static func fieldRows(_ ctx: SectionContext) -> Int { max(1, ctx.height - 7) }

    /// ←/→: cycle a select (or a cycle), move among tickable items, or step a quantity.
    static func change(_ key: FieldKey, by delta: Int, _ model: inout Configurator, _ itemCursor: inout Int) {
        switch key {
        case .cycle: model.cycleBillingCycle(by: delta)
        case .domain: model.editDomain(delta < 0 ? .left : .right)
        case .addon, .subproduct: model.cycleExtraCycle(key, by: delta)
        case .form(let id):
            guard let f = model.field(id) else { return }
            switch f.value {
            case .pickOne, .pickOneWithQuantity: model.cycleChoice(in: id, by: delta)
            case .toggles:
                let n = f.form.items.count
                if n > 1 { itemCursor = ((itemCursor + delta) % n + n) % n }
            case .quantity: model.adjust(id, by: delta)
            case .text: model.edit(id, delta < 0 ? .left : .right)
            case .serverDefault: break
            }
        }
    }

    /// Typing in a search-select chooses the first item whose title holds the text; ← → move among those.
    static func search(_ edit: TextEdit, in id: String, _ model: inout Configurator, _ query: inout TextFieldState) {
        guard let f = model.field(id) else { return }
        func matches() -> [FormItem] {
            let q = query.text.trimmingWhitespace()
            return q.isEmpty ? f.form.items : f.form.items.filter { $0.title.value.containsIgnoringCase(q) }
        }
        switch edit {
        case .left, .right:
            let found = matches()
            guard !found.isEmpty else { return }
            let at = found.firstIndex { $0.id == model.field(id)?.value.chosenItemID }
            let step = edit == .right ? 1 : -1
            let next = at.map { (($0 + step) % found.count + found.count) % found.count } ?? (step > 0 ? 0 : found.count - 1)
            model.choose(found[next].id, in: id)
        case .home, .end:
            break
        default:
            query.apply(edit)
            if let first = matches().first { model.choose(first.id, in: id) }
        }
    }

    /// Space: tick the item under the cursor, an addon, or cycle a select.
    static func toggle(_ key: FieldKey, _ model: inout Configurator, itemCursor: Int) {
        switch key {
        case .addon, .subproduct: model.toggleExtra(key)
        case .cycle: model.cycleBillingCycle(by: 1)
        case .domain: model.editDomain(.insert(" "))
        case .form(let id):
            guard let f = model.field(id) else { return }
            switch f.value {
            case .toggles:
                let items = f.form.items
                if items.indices.contains(itemCursor) { model.toggle(items[itemCursor].id, in: id) }
            case .pickOne, .pickOneWithQuantity: model.cycleChoice(in: id, by: 1)
            case .text: model.edit(id, .insert(" "))
            case .quantity, .serverDefault: break
            }
        }
    }

    /// Validates; with errors the focus goes to the first one and false, else true: the review opens.
    static func beginReview(_ pane: inout ConfiguratorPane, _ model: inout Configurator, _ ctx: inout SectionContext) -> Bool {
        guard model.validate() else {
            let first = model.visibleKeys.first { model.errors[$0] != nil }
            if let first, first != pane.focus { pane.focus(on: first) }
            let count = model.errors.count
            ctx.flash = Flash(.error, count == 1 ? "Fix the marked field before ordering." : "Fix the \(count) marked fields before ordering.")
            return false
        }
        pane.review.focus = .place
        pane.orderError = nil
        return true
    }
}
