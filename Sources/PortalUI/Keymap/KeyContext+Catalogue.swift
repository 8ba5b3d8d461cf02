import PortalStore

extension KeyContext {
    /// The modal, if any, has the keys; else the pane on top of the path. Lists for categories and
    /// products; in forms a focused text field takes the typing first.
    static func catalogueChain(_ catalogue: CatalogueState) -> [KeyContext] {
        switch catalogue.modal {
        case .filter: return [.filter, .textField]
        case .confirmOrder: return [.dialog]
        case nil: break
        }
        switch catalogue.path.last {
        case nil, .products: return [.list, .global]
        case .configure(let pane): return pane.isEditingText ? [.textField] : [.configurator, .global]
        case .review(let pane): return pane.review.focus == .place ? [.review, .global] : [.textField]
        case .ordered: return [.orderResult, .global]
        }
    }
}
