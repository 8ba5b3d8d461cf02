import PortalAPI

/// The catalogue section. (Stub until the catalogue lands: it only keeps its place.)
public struct CatalogueState: Equatable, Sendable {
    public var stack: [CatalogueRoute] = []
    public init() {}
    public var route: CatalogueRoute { stack.last ?? .categories }
}

public enum CatalogueRoute: Sendable, Equatable {
    case categories
    case products(categoryID: String)
    case configure(productID: String)
}

extension CatalogueState: SectionFeature {
    public mutating func reduce(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        switch action {
        case .back:
            if stack.isEmpty { return [.quit] }
            stack.removeLast()
        default: break
        }
        return []
    }

    public mutating func apply(_ response: Response, slot: RequestSlot, _ ctx: inout SectionContext) -> [Effect] { [] }

    public mutating func activate(_ ctx: inout SectionContext) -> [Effect] { [] }
}
