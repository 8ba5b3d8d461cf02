import PortalAPI

/// The catalogue section: categories → products of a category → configurator → review → result.
public struct CatalogueState: Equatable, Sendable {
    public var stack: [CatalogueRoute] = []
    public var categories: Loadable<[ProductCategory]> = .idle
    public var categoryList = ListPosition()
    public var products: Loadable<[Product]> = .idle
    /// The category whose products `products` holds.
    public var productsCategoryID: String?
    public var productList = ListPosition()
    public var configurator: ConfiguratorPane?
    /// The filter of the list on screen (categories or products); cleared when the list changes.
    public var filter = TextFieldState()
    public var isEditingFilter = false
    public init() {}

    public var visibleCategories: [ProductCategory] {
        CatalogueState.matching(categories.value ?? [], filter.text) { [$0.name.value, $0.description.value] }
    }
    public var visibleProducts: [Product] {
        CatalogueState.matching(products.value ?? [], filter.text) { [$0.name.value, $0.description.value] }
    }

    static func matching<T>(_ rows: [T], _ text: String, _ fields: (T) -> [String]) -> [T] {
        let needle = text.trimmingWhitespace()
        guard !needle.isEmpty else { return rows }
        return rows.filter { fields($0).contains { $0.containsIgnoringCase(needle) } }
    }

    public var route: CatalogueRoute { stack.last ?? .categories }

    public var selectedCategory: ProductCategory? { categoryList.pick(from: visibleCategories) }
    public var selectedProduct: Product? { productList.pick(from: visibleProducts) }
    public var category: ProductCategory? {
        categories.value?.first { $0.id == productsCategoryID }
    }
}

public enum CatalogueRoute: Sendable, Equatable {
    case categories
    case products(categoryID: String)
    case configure(productID: String)
    case review(productID: String)
    case ordered(productID: String)
}

/// The selected row of a list and the first row on screen.
public struct ListPosition: Sendable, Equatable {
    public var selected = 0
    public var scroll = 0
    public init() {}

    func pick<T>(from rows: [T]) -> T? { rows.indices.contains(selected) ? rows[selected] : nil }

    /// Moves the selection to `index` (clamped) and scrolls so it stays among `viewport` rows.
    mutating func select(_ index: Int, count: Int, viewport: Int) {
        selected = max(0, min(count - 1, index))
        if selected < scroll { scroll = selected }
        if selected >= scroll + viewport { scroll = selected - viewport + 1 }
        scroll = max(0, min(scroll, max(0, count - viewport)))
    }
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
