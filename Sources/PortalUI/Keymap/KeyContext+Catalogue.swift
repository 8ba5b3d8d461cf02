import PortalStore

extension KeyContext {
    /// Lists for categories and products; in forms a focused text field takes the typing first.
    static func catalogueChain(_ catalogue: CatalogueState) -> [KeyContext] {
        switch catalogue.route {
        case .categories, .products:
            return catalogue.isEditingFilter ? [.filter, .textField] : [.list, .global]
        case .configure:
            return catalogue.configurator?.isEditingText == true ? [.textField] : [.configurator, .global]
        case .review:
            guard let pane = catalogue.configurator else { return [.global] }
            if pane.confirming { return [.dialog] }
            return pane.review.focus == .place ? [.review, .global] : [.textField]
        case .ordered:
            return [.orderResult, .global]
        }
    }
}
