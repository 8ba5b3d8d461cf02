import PortalStore

extension KeyBinding {
    /// The services list, a service's detail (only the actions the server lists) and its upgrade pane.
    static let services: [KeyBinding] = [
        KeyBinding([.char("s")], .serviceList, .cycleSort, "sort: next due, status, amount, domain", hint: "sort"),
        // Service detail
        KeyBinding([.char("k"), .up], .detail, .move(-1), "scroll up"),
        KeyBinding([.char("j"), .down], .detail, .move(1), "scroll down"),
        KeyBinding([.pageUp], .detail, .page(-1), "page up"),
        KeyBinding([.pageDown, .char(" ")], .detail, .page(1), "page down"),
        KeyBinding([.char("g"), .home], .detail, .moveToFirst, "top"),
        KeyBinding([.char("G"), .end], .detail, .moveToLast, "bottom"),
        KeyBinding([.char("p")], .detail, .togglePassword, "show/hide the service password", hint: "password",
                   when: .serviceHasPassword),
        KeyBinding([.char("l")], .detail, .beginLabelEdit, "edit the label", hint: "label", when: .serviceOffers(.setLabel)),
        KeyBinding([.char("c")], .detail, .beginCancel, "request cancellation", hint: "cancel", when: .serviceOffers(.cancel)),
        KeyBinding([.char("u")], .detail, .beginUpgrade, "upgrade options", hint: "upgrade", when: .serviceOffers(.upgradeOptions)),
        KeyBinding([.escape, .char("h"), .left], .detail, .back, "back to the list"),
        // Upgrade
        KeyBinding([.char("k"), .up], .upgrade, .move(-1), "previous resource"),
        KeyBinding([.char("j"), .down], .upgrade, .move(1), "next resource"),
        KeyBinding([.right, .char("l"), .char(" ")], .upgrade, .changeOption(1), "next option (updates the estimate)", hint: "change"),
        KeyBinding([.left, .char("h")], .upgrade, .changeOption(-1), "previous option"),
        KeyBinding([.char("+")], .upgrade, .changeOption(1), "one more (quantities)"),
        KeyBinding([.char("-")], .upgrade, .changeOption(-1), "one less (quantities)"),
        KeyBinding([.enter], .upgrade, .submit, "send the upgrade request (asks first)", hint: "request"),
        KeyBinding([.escape], .upgrade, .back, "back to the service"),
    ]
}
