import PortalAPI
import PortalStore

/// The catalogue section: categories, products, the configurator, the review and the result.
enum CatalogueSectionView {
    static func draw(_ state: AppState, keymap: Keymap, in rect: Rect, on canvas: any Canvas) {
        let c = state.catalogue
        switch c.path.last {
        case nil: CatalogueListsView.drawCategories(c, in: rect, on: canvas)
        case .products: CatalogueListsView.drawProducts(c, money: state.amounts, in: rect, on: canvas)
        case .configure(let pane): ConfiguratorView.draw(pane, money: state.amounts, in: rect, on: canvas)
        case .review(let pane): OrderViews.drawReview(pane, confirm: c.orderConfirm, money: state.amounts, in: rect, on: canvas)
        case .ordered(let pane): OrderViews.drawResult(pane, money: state.amounts, in: rect, on: canvas)
        }
    }

    static func drawOverlays(_ state: AppState, keymap: Keymap, on canvas: any Canvas) {
        switch state.catalogue.modal {
        case .confirmOrder(let dialog): OrderViews.drawConfirm(dialog, on: canvas)
        case .filter, nil: break
        }
    }

    static func breadcrumb(_ state: AppState) -> String? {
        let c = state.catalogue
        let category = c.category?.name.value ?? "Products"
        let product = c.configurator?.model?.product.name.value ?? "#\(c.configurator?.productID ?? "")"
        switch c.route {
        case .categories: return nil
        case .products: return category
        case .configure: return "\(category) › \(product)"
        case .review: return "\(category) › \(product) › Review"
        case .ordered: return "\(category) › Order placed"
        }
    }

    static func messageRow(_ state: AppState) -> MessageRow? {
        let c = state.catalogue
        if c.isEditingFilter { return .editing(prompt: "/", c.filter) }
        if !c.filter.text.isEmpty {
            let shown = c.route == .categories ? c.visibleCategories.count : c.visibleProducts.count
            return .text("Filter: \(c.filter.text)  (\(shown) shown; Esc clears)", .accent)
        }
        switch c.route {
        case .categories:
            if c.categories.value != nil, let error = c.categories.errorMessage { return .text("Could not refresh categories (r retries): \(error)", .error) }
        case .products:
            if c.products.value != nil, let error = c.products.errorMessage { return .text("Could not refresh products (r retries): \(error)", .error) }
        case .configure, .review:
            if let pane = c.configurator, let error = pane.orderError { return .text(pane.orderErrorPrefix + error, .error) }
        case .ordered:
            break
        }
        return nil
    }
}
