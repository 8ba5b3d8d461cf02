import PortalStore

extension KeyBinding {
    /// The filter line, text fields, dialogs, the help overlay and the screens before the portal.
    static let forms: [KeyBinding] = [
        // Filter line
        KeyBinding([.enter], .filter, .submit, "keep the filter and return to the list", hint: "done"),
        KeyBinding([.escape], .filter, .clearFilter, "clear the filter", hint: "clear"),
        KeyBinding([.up], .filter, .move(-1), "move up"),
        KeyBinding([.down], .filter, .move(1), "move down"),
        // Text fields
        KeyBinding([.enter], .textField, .submit, "save / go to the next field", hint: "ok"),
        KeyBinding([.escape], .textField, .cancelInput, "cancel editing", hint: "cancel"),
        KeyBinding([.backspace], .textField, .edit(.backspace), "delete before the cursor"),
        KeyBinding([.delete], .textField, .edit(.delete), "delete at the cursor"),
        KeyBinding([.left], .textField, .edit(.left), "cursor left"),
        KeyBinding([.right], .textField, .edit(.right), "cursor right"),
        KeyBinding([.home, .ctrl("a")], .textField, .edit(.home), "start of line"),
        KeyBinding([.end, .ctrl("e")], .textField, .edit(.end), "end of line"),
        KeyBinding([.ctrl("u")], .textField, .edit(.clear), "clear the field"),
        KeyBinding([.tab], .textField, .focusNext, "next field (dialogs)"),
        KeyBinding([.backTab], .textField, .focusPrevious, "previous field"),
        // Dialogs (default button "No")
        KeyBinding([.char("y")], .dialog, .confirm, "confirm (Yes)", hint: "yes"),
        KeyBinding([.char("n"), .escape, .char("q")], .dialog, .dismiss, "cancel (No)", hint: "no"),
        KeyBinding([.enter], .dialog, .submit, "press the focused button / next field", hint: "select"),
        KeyBinding([.tab, .down, .char("j")], .dialog, .focusNext, "next field"),
        KeyBinding([.backTab, .up, .char("k")], .dialog, .focusPrevious, "previous field"),
        KeyBinding([.left, .char("h")], .dialog, .changeOption(-1), "previous choice / button"),
        KeyBinding([.right, .char("l"), .char(" ")], .dialog, .changeOption(1), "next choice / button"),
        // Help overlay
        KeyBinding([.char("?"), .escape, .char("q")], .help, .toggleHelp, "close the help", hint: "close", group: "close the help"),
        KeyBinding([.function(1)], .help, .toggleHelp, "close the help", group: "close the help"),
        KeyBinding([.char(" "), .pageDown, .char("j"), .down], .help, .page(1), "next page (when the help has more)", group: "next / previous page"),
        KeyBinding([.char("b"), .pageUp, .char("k"), .up], .help, .page(-1), "previous page", group: "next / previous page"),
        // Signing in, or sign-in failed
        KeyBinding([.char("r")], .signIn, .refresh, "try signing in again", hint: "retry"),
        KeyBinding([.char("q")], .signIn, .back, "quit", hint: "quit"),
        // Terminal too small
        KeyBinding([.char("q")], .tooSmall, .back, "quit", hint: "quit"),
    ]
}
