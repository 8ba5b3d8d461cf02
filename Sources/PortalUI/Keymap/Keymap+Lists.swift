import PortalStore

extension KeyBinding {
    /// Moving in any list of the portal.
    static let lists: [KeyBinding] = [
        KeyBinding([.char("k"), .up], .list, .move(-1), "move up", group: "move up / down"),
        KeyBinding([.char("j"), .down], .list, .move(1), "move down", group: "move up / down"),
        KeyBinding([.pageUp], .list, .page(-1), "page up", group: "page up / down"),
        KeyBinding([.pageDown, .char(" ")], .list, .page(1), "page down", group: "page up / down"),
        KeyBinding([.char("g"), .home], .list, .moveToFirst, "first row", group: "first / last row"),
        KeyBinding([.char("G"), .end], .list, .moveToLast, "last row", group: "first / last row"),
        KeyBinding([.enter], .list, .open, "open the selected row", hint: "open"),
        KeyBinding([.char("/")], .list, .beginFilter, "filter the list (Esc clears)", hint: "filter"),
        KeyBinding([.escape], .list, .clearFilter, "clear the filter"),
    ]
}
