import PortalAPI

/// The configurator of one product: the schema as loaded, the form model, which field has the
/// focus, and the review, confirm and result steps that follow it.
public struct ConfiguratorPane: Equatable, Sendable {
    public let productID: String
    public var configuration: Loadable<ProductConfiguration> = .loading(previous: nil)
    public var model: Configurator?
    public var focus: FieldKey?
    /// The item the cursor is on inside a field with several tickable items.
    public var itemCursor = 0
    public var review = ReviewForm()
    public var confirming = false
    public var yesFocused = false
    public var sending = false
    public var result: OrderResult?
    /// Why the last order failed (the parts not shown at a field), in sentences.
    public var orderError: String?

    public init(productID: String) { self.productID = productID }

    public var focusedField: ConfiguratorField? {
        if case .form(let id) = focus { return model?.field(id) }
        return nil
    }

    /// True when the focus is on something typed into (domain, text types).
    public var isEditingText: Bool {
        if focus == .domain { return true }
        if case .text = focusedField?.value { return true }
        return false
    }
}

/// The review step: promotion code, payment method, and the button that asks to place the order.
public struct ReviewForm: Equatable, Sendable {
    public enum Focus: Int, Sendable, CaseIterable { case promocode, payMethod, place }
    public var promocode = TextFieldState("", maxLength: 64)
    public var payMethod = TextFieldState("", maxLength: 32)
    public var focus: Focus = .place
    public var promoError: String?
    public init() {}
}
