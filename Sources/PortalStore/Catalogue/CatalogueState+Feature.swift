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
            load(rows, viewport: ctx.listViewportRows)
        case .categories(.failure(let error)):
            categories.fail(error.message)
        case .products(.success(let rows)):
            load(rows, viewport: ctx.listViewportRows)
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
            productList = ListModel(FilteredRows(), sort: .none)
            productsCategoryID = categoryID
        }
        products.startLoading()
        return [ctx.request(.products, .products(categoryID: categoryID))]
    }

    /// `/` filters the list on screen; true when `action` was about the filter. A new filter text,
    /// or none, puts the selection back on the first row.
    mutating func reduceFilter<Item>(_ action: Action, _ list: WritableKeyPath<CatalogueState, ListModel<FilteredRows<Item>>>,
                                     viewport: Int) -> Bool {
        switch action {
        case .beginFilter: isEditingFilter = true
        case .edit(let edit) where isEditingFilter:
            self[keyPath: list].editFilter(edit, viewport: viewport)
            self[keyPath: list].select(index: 0, viewport: viewport)
        case .submit where isEditingFilter: isEditingFilter = false
        case .clearFilter where !self[keyPath: list].filter.text.isEmpty || isEditingFilter, .cancelInput where isEditingFilter:
            clearFilter(list, viewport: viewport)
            self[keyPath: list].select(index: 0, viewport: viewport)
        default: return false
        }
        return true
    }

    mutating func clearFilter<Item>(_ list: WritableKeyPath<CatalogueState, ListModel<FilteredRows<Item>>>, viewport: Int) {
        self[keyPath: list].clearFilter(viewport: viewport)
        isEditingFilter = false
    }

    mutating func reduceCategories(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        let viewport = ctx.listViewportRows
        if reduceFilter(action, \.categoryList, viewport: viewport) { return [] }
        if categoryList.move(action, viewport: viewport) { return [] }
        if case .clickRow(let id) = action, !categoryList.click(id, viewport: viewport) { return [] }
        switch action {
        case .open, .clickRow:
            guard let category = selectedCategory else { return [] }
            clearFilter(\.categoryList, viewport: viewport)
            path = [.products(categoryID: category.id)]
            return loadProducts(category.id, &ctx)
        case .refresh: return loadCategories(&ctx)
        case .back: return [.quit]
        default: return []
        }
    }

    mutating func reduceProducts(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        let viewport = ctx.listViewportRows
        if reduceFilter(action, \.productList, viewport: viewport) { return [] }
        if productList.move(action, viewport: viewport) { return [] }
        if case .clickRow(let id) = action, !productList.click(id, viewport: viewport) { return [] }
        switch action {
        case .open, .clickRow:
            guard let product = selectedProduct else { return [] }
            clearFilter(\.productList, viewport: viewport)
            return openConfigurator(product.id, &ctx)
        case .refresh:
            guard let id = productsCategoryID else { return [] }
            return loadProducts(id, &ctx)
        case .back, .clearFilter:
            // Esc with no filter, like q, goes back to the categories (the filter goes with the list).
            clearFilter(\.productList, viewport: viewport)
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
