import PortalStore

extension KeyBinding {
    /// Moving in any list of the portal.
    static let lists: [KeyBinding] = [
        KeyBinding([.char("k"), .up], .list, .move(-1), "move up", group: "move up / down"),
        KeyBinding([.char("j"), .down], .list, .move(1), "move down", group: "move up / down"),
    ] + paging(.list, .rows) + [
        KeyBinding([.enter], .list, .open, "open the selected row", hint: "open", group: "open the selected row"),
        // Left out of the status bar, which keeps its width for the other keys.
        KeyBinding([.char("l"), .right], .list, .open, "open the selected row", group: "open the selected row"),
        KeyBinding([.char("/")], .list, .beginFilter, "filter the list (Esc clears)", hint: "filter"),
        KeyBinding([.escape], .list, .clearFilter, "clear the filter"),
    ]
}
