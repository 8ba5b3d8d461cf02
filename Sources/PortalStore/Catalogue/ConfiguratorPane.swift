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
    /// What was typed into a focused search-select to find an item.
    public var search = TextFieldState("", maxLength: 40)
    /// Esc stopped typing in the focused text field: it keeps the focus, the configurator's keys
    /// apply (Esc again goes back), Enter types in it again. Moving the focus ends it.
    public var typingStopped = false
    public var review = ReviewForm()
    public var result: OrderResult?
    /// Why the last order failed (the parts not shown at a field), in sentences.
    public var orderError: String?
    /// The last order got no readable answer: `orderError` says it may have been placed.
    public var orderOutcomeUnknown = false

    public init(productID: String) { self.productID = productID }

    /// How the order error line starts: a refusal, or an order that may have gone through.
    public var orderErrorPrefix: String { orderOutcomeUnknown ? "Outcome unknown: " : "Not ordered: " }

    public var focusedField: ConfiguratorField? {
        if case .form(let id) = focus { return model?.field(id) }
        return nil
    }

    /// True when the focus is on something typed into (domain, text types, a search-select's search).
    public var isEditingText: Bool {
        if typingStopped { return false }
        if focus == .domain || focusedField?.form.kind == .searchSelect { return true }
        if case .text = focusedField?.value { return true }
        return false
    }

    /// Moves the focus to `key`, starting its item cursor and search afresh.
    public mutating func focus(on key: FieldKey?) {
        focus = key
        itemCursor = 0
        typingStopped = false
        search = TextFieldState("", maxLength: search.maxLength)
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
