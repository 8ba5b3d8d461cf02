import PortalStore

extension KeyContext {
    static func catalogueChain(_ catalogue: CatalogueState) -> [KeyContext] {
        [.global]
    }
}
