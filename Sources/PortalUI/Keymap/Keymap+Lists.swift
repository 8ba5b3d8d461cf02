import PortalStore

extension KeyBinding {
    /// Moving in any list of the portal.
    static let lists: [KeyBinding] = [
        KeyBinding([.char("k"), .up], .list, .move(-1), "move up", group: "move up / down"),
        KeyBinding([.char("j"), .down], .list, .move(1), "move down", group: "move up / down"),
        KeyBinding([.pageUp, .char("b"), .ctrl("b")], .list, .page(-1), "page up"),
        KeyBinding([.pageDown, .char(" "), .ctrl("f")], .list, .page(1), "page down"),
        KeyBinding([.ctrl("u")], .list, .halfPage(-1), "half a page up", group: "half a page up / down"),
        KeyBinding([.ctrl("d")], .list, .halfPage(1), "half a page down", group: "half a page up / down"),
        KeyBinding([.char("g"), .home], .list, .moveToFirst, "first row", group: "first / last row"),
        KeyBinding([.char("G"), .end], .list, .moveToLast, "last row", group: "first / last row"),
        KeyBinding([.enter], .list, .open, "open the selected row", hint: "open", group: "open the selected row"),
        // Left out of the status bar, which keeps its width for the other keys.
        KeyBinding([.char("l"), .right], .list, .open, "open the selected row", group: "open the selected row"),
        KeyBinding([.char("/")], .list, .beginFilter, "filter the list (Esc clears)", hint: "filter"),
        KeyBinding([.escape], .list, .clearFilter, "clear the filter"),
    ]
}
