import PortalStore

extension KeyBinding {
    /// One line of `?` for the sort keys (k9s's Shift-letter keys: a column, again reverses).
    private static let servicesSort = "domain/status/due/amount; again: reverse"

    /// The services list, a service's detail (only the actions the server lists) and its upgrade pane.
    static let services: [KeyBinding] = [
        KeyBinding([.char("s")], .serviceList, .cycleSort, "sort: next due, status, amount, domain", hint: "sort"),
        KeyBinding([.char("D")], .serviceList, .sortBy(ServiceSort.domain.rawValue), "sort by domain (again: reverse)", group: servicesSort),
        KeyBinding([.char("S")], .serviceList, .sortBy(ServiceSort.status.rawValue), "sort by status (again: reverse)", group: servicesSort),
        KeyBinding([.char("N")], .serviceList, .sortBy(ServiceSort.nextDue.rawValue), "sort by next due (again: reverse)", group: servicesSort),
        KeyBinding([.char("A")], .serviceList, .sortBy(ServiceSort.amount.rawValue), "sort by amount (again: reverse)", group: servicesSort),
        // Service detail
        KeyBinding([.char("k"), .up], .detail, .move(-1), "scroll up", group: "scroll up / down"),
        KeyBinding([.char("j"), .down], .detail, .move(1), "scroll down", group: "scroll up / down"),
    ] + paging(.detail, .scroll) + [
        KeyBinding([.char("p")], .detail, .togglePassword, "show/hide the service password", hint: "password",
                   when: .serviceHasPassword),
        KeyBinding([.char("y")], .detail, .beginCopy, "copy the username, password, domain or id", hint: "copy", when: .canCopy),
        KeyBinding([.char("l")], .detail, .beginLabelEdit, "edit the label", hint: "label", when: .serviceOffers(.setLabel)),
        KeyBinding([.char("c")], .detail, .beginCancel, "request cancellation", hint: "cancel", when: .serviceOffers(.cancel)),
        KeyBinding([.char("u")], .detail, .beginUpgrade, "upgrade options", hint: "upgrade", when: .serviceOffers(.upgradeOptions)),
        KeyBinding([.escape, .char("h"), .left], .detail, .back, "back to the list"),
        // Upgrade
        KeyBinding([.char("k"), .up], .upgrade, .move(-1), "previous resource", group: "previous / next resource"),
        KeyBinding([.char("j"), .down], .upgrade, .move(1), "next resource", group: "previous / next resource"),
        // Space changes the option here, as in the configurator; it does not page.
    ] + paging(.upgrade, .items("resources", "resource"), spacePages: false) + [
        KeyBinding([.right, .char("l"), .char(" ")], .upgrade, .changeOption(1), "next option (updates the estimate)", hint: "change",
                   group: "next / previous option (updates the estimate)"),
        KeyBinding([.left, .char("h")], .upgrade, .changeOption(-1), "previous option", group: "next / previous option (updates the estimate)"),
        KeyBinding([.char("+")], .upgrade, .changeOption(1), "one more (quantities)", group: "one more / less (quantities)"),
        KeyBinding([.char("-")], .upgrade, .changeOption(-1), "one less (quantities)", group: "one more / less (quantities)"),
        KeyBinding([.enter], .upgrade, .submit, "send the upgrade request (asks first)", hint: "request"),
        KeyBinding([.escape], .upgrade, .back, "back to the service"),
    ]
}
