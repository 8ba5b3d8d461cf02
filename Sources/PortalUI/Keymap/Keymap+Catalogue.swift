import PortalStore

extension KeyBinding {
    /// The configurator, the review and the order result (categories and products use the list keys).
    static let catalogue: [KeyBinding] = [
        // Text fields of a form (configurator, review, dialogs): ↑ ↓ leave the field like Tab
        KeyBinding([.down], .textField, .focusNext, "next field"),
        KeyBinding([.up], .textField, .focusPrevious, "previous field"),
        // Configurator
        KeyBinding([.tab, .down], .configurator, .focusNext, "next field", hint: "next", group: "next / previous field"),
        KeyBinding([.backTab, .up], .configurator, .focusPrevious, "previous field", group: "next / previous field"),
        // Space ticks here (below), so it does not page.
    ] + paging(.configurator, .items("fields", "field"), spacePages: false) + [
        KeyBinding([.left], .configurator, .changeOption(-1), "previous choice / item / cycle", group: "cycle a choice"),
        KeyBinding([.right], .configurator, .changeOption(1), "next choice / item / cycle", hint: "choose", group: "cycle a choice"),
        KeyBinding([.char(" ")], .configurator, .toggleOption, "tick or untick (checkboxes, addons)", hint: "tick"),
        KeyBinding([.char("+")], .configurator, .adjust(1), "one step more (quantities)", hint: "qty", group: "change a quantity"),
        KeyBinding([.char("-")], .configurator, .adjust(-1), "one step less (quantities)", group: "change a quantity"),
        KeyBinding([.enter], .configurator, .submit, "next field; on the last one, review the order"),
        KeyBinding([.char("o")], .configurator, .review, "review the order", hint: "review"),
        KeyBinding([.escape], .configurator, .back, "back to the products (choices are kept)"),
        // Review
        KeyBinding([.tab, .down], .review, .focusNext, "next field", group: "next / previous field"),
        KeyBinding([.backTab, .up], .review, .focusPrevious, "previous field", group: "next / previous field"),
        KeyBinding([.enter, .char("o")], .review, .submit, "place the order (asks first)", hint: "order"),
        KeyBinding([.escape], .review, .back, "back to the configurator", hint: "back"),
        // Order placed
        KeyBinding([.char("i"), .enter], .orderResult, .open, "open the new invoice", hint: "invoice"),
        KeyBinding([.escape], .orderResult, .back, "back to the products"),
    ]
}
