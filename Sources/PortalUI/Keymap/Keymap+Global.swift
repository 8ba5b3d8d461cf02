import PortalStore

extension KeyBinding {
    private static let sections = "sections: services, invoices, catalogue"

    /// Keys that work on every pane outside forms and dialogs.
    static let global: [KeyBinding] = [
        KeyBinding([.char("1")], .global, .selectSection(.services), "services", group: sections),
        KeyBinding([.char("2")], .global, .selectSection(.invoices), "invoices", group: sections),
        KeyBinding([.char("3")], .global, .selectSection(.catalogue), "catalogue", group: sections),
        KeyBinding([.tab], .global, .stepSection(1), "next section", group: "next / previous section"),
        KeyBinding([.backTab], .global, .stepSection(-1), "previous section", group: "next / previous section"),
        KeyBinding([.char("r")], .global, .refresh, "refresh the current pane", hint: "refresh", when: .paneRefreshes),
        KeyBinding([.char("?")], .global, .toggleHelp, "this help", hint: "help", group: "this help"),
        KeyBinding([.function(1)], .global, .toggleHelp, "this help", group: "this help"),
        KeyBinding([.char("q")], .global, .back, "back; quits at the top level", hint: "quit/back"),
    ]
}
