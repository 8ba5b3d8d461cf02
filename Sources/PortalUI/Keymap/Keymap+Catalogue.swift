import PortalStore

extension KeyBinding {
    /// Categories, products, the configurator, the review and the order result.
    static let catalogue: [KeyBinding] = []
}
