import PortalStore

extension KeyBinding {
    /// What the paging keys say in `?` on a pane: its pages and its two ends.
    struct PagingWords {
        let pageUp: String, pageDown: String
        let first: String, last: String, ends: String

        /// A pane that scrolls (a detail).
        static let scroll = PagingWords(pageUp: "page up", pageDown: "page down", first: "top", last: "bottom", ends: "top / bottom")
        /// A list of rows.
        static let rows = PagingWords(pageUp: "page up", pageDown: "page down", first: "first row", last: "last row",
                                      ends: "first / last row")

        /// A form whose focus moves over `plural` ("resources", "fields").
        static func items(_ plural: String, _ singular: String) -> PagingWords {
            PagingWords(pageUp: "a page of \(plural) up", pageDown: "a page of \(plural) down", first: "first \(singular)",
                        last: "last \(singular)", ends: "first / last \(singular)")
        }
    }

    /// The paging keys of less, vim and htop on one pane: PgUp/b/Ctrl-B, PgDn/Space/Ctrl-F,
    /// Ctrl-U/Ctrl-D for half a page, g/G (Home/End) for the ends. `spacePages` is false where
    /// Space already ticks or changes an option.
    static func paging(_ context: KeyContext, _ words: PagingWords, spacePages: Bool = true) -> [KeyBinding] {
        [
            KeyBinding([.pageUp, .char("b"), .ctrl("b")], context, .page(-1), words.pageUp),
            KeyBinding(spacePages ? [.pageDown, .char(" "), .ctrl("f")] : [.pageDown, .ctrl("f")], context, .page(1), words.pageDown),
            KeyBinding([.ctrl("u")], context, .halfPage(-1), "half a page up", group: "half a page up / down"),
            KeyBinding([.ctrl("d")], context, .halfPage(1), "half a page down", group: "half a page up / down"),
            KeyBinding([.char("g"), .home], context, .moveToFirst, words.first, group: words.ends),
            KeyBinding([.char("G"), .end], context, .moveToLast, words.last, group: words.ends),
        ]
    }
}
