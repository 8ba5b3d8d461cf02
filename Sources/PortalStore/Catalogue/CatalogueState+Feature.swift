import PortalAPI

extension CatalogueState: SectionFeature {
    /// The order's confirm dialog, when up, takes the key; else the pane on top of the path (the
    /// lists handle their filter line themselves).
    public mutating func reduce(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        if case .confirmOrder(let dialog) = modal { return reduceConfirm(dialog, action, &ctx) }
        switch path.last {
        case nil: return reduceCategories(action, &ctx)
        case .products: return reduceProducts(action, &ctx)
        case .configure(let pane): return reduceConfigurator(pane, action, &ctx)
        case .review(let pane): return reduceReview(pane, action, &ctx)
        case .ordered(let pane): return reduceResult(pane, action, &ctx)
        }
    }

    public mutating func apply(_ response: Response, slot: RequestSlot, _ ctx: inout SectionContext) -> [Effect] {
        switch response {
        case .categories(.success(let rows)):
            categories = .loaded(rows)
            categoryList.select(categoryList.selected, count: rows.count, viewport: ctx.listViewportRows)
        case .categories(.failure(let error)):
            categories.fail(error.message)
        case .products(.success(let rows)):
            products = .loaded(rows)
            productList.select(productList.selected, count: rows.count, viewport: ctx.listViewportRows)
        case .products(.failure(let error)):
            products.fail(error.message)
        case .productConfiguration(let result):
            updateConfigurator { pane in
                switch result {
                case .success(let product):
                    pane.configuration = .loaded(product)
                    if pane.model == nil || pane.model?.product != product {
                        let model = Configurator(product)
                        pane.model = model
                        pane.focus(on: model.visibleKeys.first)
                    }
                case .failure(let error):
                    pane.configuration.fail(error.message)
                }
            }
        case .order(let result):
            return applyOrder(result, &ctx)
        default:
            break
        }
        return []
    }

    /// First visit loads the categories; later visits keep what is shown and refresh the list on screen.
    public mutating func activate(_ ctx: inout SectionContext) -> [Effect] {
        switch route {
        case .categories: return loadCategories(&ctx)
        case .products(let id): return loadProducts(id, &ctx)
        case .configure, .review, .ordered: return []
        }
    }

    mutating func loadCategories(_ ctx: inout SectionContext) -> [Effect] {
        categories.startLoading()
        return [ctx.request(.categories, .categories)]
    }

    mutating func loadProducts(_ categoryID: String, _ ctx: inout SectionContext) -> [Effect] {
        if productsCategoryID != categoryID {
            products = .idle
            productList = ListPosition()
            productsCategoryID = categoryID
        }
        products.startLoading()
        return [ctx.request(.products, .products(categoryID: categoryID))]
    }

    /// `/` filters the list on screen; true when `action` was about the filter.
    mutating func reduceFilter(_ action: Action, _ position: WritableKeyPath<CatalogueState, ListPosition>) -> Bool {
        switch action {
        case .beginFilter: isEditingFilter = true
        case .edit(let edit) where isEditingFilter: filter.apply(edit); self[keyPath: position] = ListPosition()
        case .submit where isEditingFilter: isEditingFilter = false
        case .clearFilter where !filter.text.isEmpty || isEditingFilter, .cancelInput where isEditingFilter:
            clearFilter()
            self[keyPath: position] = ListPosition()
        default: return false
        }
        return true
    }

    mutating func clearFilter() {
        filter = TextFieldState()
        isEditingFilter = false
    }

    mutating func reduceCategories(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        if reduceFilter(action, \.categoryList) { return [] }
        let count = visibleCategories.count
        if categoryList.move(action, count: count, viewport: ctx.listViewportRows) { return [] }
        switch action {
        case .open:
            guard let category = selectedCategory else { return [] }
            clearFilter()
            path = [.products(categoryID: category.id)]
            return loadProducts(category.id, &ctx)
        case .refresh: return loadCategories(&ctx)
        case .back: return [.quit]
        default: return []
        }
    }

    mutating func reduceProducts(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        if reduceFilter(action, \.productList) { return [] }
        let count = visibleProducts.count
        if productList.move(action, count: count, viewport: ctx.listViewportRows) { return [] }
        switch action {
        case .open:
            guard let product = selectedProduct else { return [] }
            clearFilter()
            return openConfigurator(product.id, &ctx)
        case .refresh:
            guard let id = productsCategoryID else { return [] }
            return loadProducts(id, &ctx)
        case .back, .clearFilter:
            // Esc with no filter, like q, goes back to the categories.
            path.removeLast()
            return []
        default: return []
        }
    }

    mutating func openConfigurator(_ productID: String, _ ctx: inout SectionContext) -> [Effect] {
        // Coming back to the product just left keeps every choice made.
        if let kept = lastConfigurator, kept.productID == productID, kept.model != nil, kept.result == nil {
            path.append(.configure(kept))
            return []
        }
        path.append(.configure(ConfiguratorPane(productID: productID)))
        return [ctx.request(.productConfiguration, .productConfiguration(productID: productID))]
    }
}

extension ListPosition {
    /// Applies a list movement; false when `action` is not one.
    mutating func move(_ action: Action, count: Int, viewport: Int) -> Bool {
        switch action {
        case .move(let d): select(selected + d, count: count, viewport: viewport)
        case .page(let p): select(selected + p * viewport, count: count, viewport: viewport)
        case .halfPage(let h): select(selected + h * max(1, viewport / 2), count: count, viewport: viewport)
        case .moveToFirst: select(0, count: count, viewport: viewport)
        case .moveToLast: select(count - 1, count: count, viewport: viewport)
        default: return false
        }
        return true
    }
}
