import PortalAPI

/// The catalogue section: categories → products of a category → configurator → review → result.
public struct CatalogueState: Equatable, Sendable {
    /// The panes opened above the categories, innermost last (empty: the categories). Each
    /// carries its state; the configurator's steps (form, review, result) share one `ConfiguratorPane`.
    public var path: [CataloguePane] = []
    /// What has the keyboard over the pane on screen, if anything.
    public var modal: CatalogueModal?
    /// The configurator last left, so coming back to the same product keeps every choice made.
    var lastConfigurator: ConfiguratorPane?
    public internal(set) var categories: Loadable<[ProductCategory]> = .idle
    public internal(set) var categoryList = ListModel(FilteredRows<ProductCategory>(), sort: NoSort.none)
    public internal(set) var products: Loadable<[Product]> = .idle
    /// The category whose products `products` holds.
    public internal(set) var productsCategoryID: String?
    public internal(set) var productList = ListModel(FilteredRows<Product>(), sort: NoSort.none)
    public init() {}

    /// The filter of the list on screen (categories or products); cleared when the list changes.
    public var filter: TextFieldState {
        switch path.last {
        case nil: return categoryList.filter
        case .products: return productList.filter
        case .configure, .review, .ordered: return TextFieldState()
        }
    }

    /// True while the filter line has the keyboard (the `.filter` modal).
    public var isEditingFilter: Bool {
        get { modal == .filter }
        set { if newValue { modal = .filter } else if modal == .filter { modal = nil } }
    }

    /// The configurator on the path (its form, review or result), if one is open.
    public var configurator: ConfiguratorPane? {
        for pane in path { if let c = pane.configurator { return c } }
        return nil
    }

    public var orderConfirm: YesNoDialog? {
        if case .confirmOrder(let dialog) = modal { return dialog }
        return nil
    }

    /// Puts `pane` back where the configurator is on the path, at the step `step` makes of it.
    mutating func setConfigurator(_ pane: ConfiguratorPane, as step: (ConfiguratorPane) -> CataloguePane) {
        guard let i = path.firstIndex(where: { $0.configurator != nil }) else { return }
        path[i] = step(pane)
    }

    /// Changes the configurator on the path, at the step it is.
    mutating func updateConfigurator(_ body: (inout ConfiguratorPane) -> Void) {
        for i in path.indices {
            switch path[i] {
            case .configure(var c): body(&c); path[i] = .configure(c)
            case .review(var c): body(&c); path[i] = .review(c)
            case .ordered(var c): body(&c); path[i] = .ordered(c)
            case .products: break
            }
        }
    }

    /// Puts the pane on screen back with its new state (called by the reducer of the pane on top).
    mutating func replaceTop(_ pane: CataloguePane) { path[path.count - 1] = pane }

    public var visibleCategories: [ProductCategory] { categoryList.rows.items }
    public var visibleProducts: [Product] { productList.rows.items }

    /// New categories (a load), the selected one kept.
    mutating func load(_ rows: [ProductCategory], viewport: Int) {
        categories = .loaded(rows)
        categoryList.reload { $0.reload(rows, id: \.id, fields: { [$0.name.value, $0.description.value] }, needle: $1, selectedID: $3) }
        categoryList.select(index: categoryList.selectedIndex, viewport: viewport)
    }

    /// New products of the category (a load), the selected one kept.
    mutating func load(_ rows: [Product], viewport: Int) {
        products = .loaded(rows)
        productList.reload { $0.reload(rows, id: \.id, fields: { [$0.name.value, $0.description.value] }, needle: $1, selectedID: $3) }
        productList.select(index: productList.selectedIndex, viewport: viewport)
    }

    public var route: CatalogueRoute { path.last?.route ?? .categories }

    public var selectedCategory: ProductCategory? { Self.pick(categoryList) }
    public var selectedProduct: Product? { Self.pick(productList) }

    static func pick<Item>(_ list: ListModel<FilteredRows<Item>>) -> Item? {
        let items = list.rows.items, i = list.selectedIndex
        return items.indices.contains(i) ? items[i] : nil
    }
    public var category: ProductCategory? {
        categories.value?.first { $0.id == productsCategoryID }
    }
}

/// A pane above the categories, with its state.
public enum CataloguePane: Sendable, Equatable {
    case products(categoryID: String)
    case configure(ConfiguratorPane)
    case review(ConfiguratorPane)
    case ordered(ConfiguratorPane)

    public var route: CatalogueRoute {
        switch self {
        case .products(let id): return .products(categoryID: id)
        case .configure(let c): return .configure(productID: c.productID)
        case .review(let c): return .review(productID: c.productID)
        case .ordered(let c): return .ordered(productID: c.productID)
        }
    }

    public var configurator: ConfiguratorPane? {
        switch self {
        case .products: return nil
        case .configure(let c), .review(let c), .ordered(let c): return c
        }
    }
}

/// What has the keyboard over a catalogue pane: the list's filter line or the order's confirm dialog.
public enum CatalogueModal: Sendable, Equatable {
    case filter
    case confirmOrder(YesNoDialog)
}

/// Where the user is in the section, as the header and the tests name it.
public enum CatalogueRoute: Sendable, Equatable {
    case categories
    case products(categoryID: String)
    case configure(productID: String)
    case review(productID: String)
    case ordered(productID: String)
}

extension CatalogueState {
    /// False on the order review and its result: what they show is the user's, not the server's.
    public var paneRefreshes: Bool {
        switch route {
        case .review, .ordered: return false
        case .categories, .products, .configure: return true
        }
    }
}
