import PortalStore

extension KeyBinding {
    /// The sign-in form (typing goes into the focused field) and the sign-out key.
    static let signIn: [KeyBinding] = [
        KeyBinding([.enter], .signInForm, .submit, "next field; on Password or Auth: sign in", hint: "sign in"),
        KeyBinding([.tab, .down], .signInForm, .focusNext, "next field", hint: "next"),
        KeyBinding([.backTab, .up], .signInForm, .focusPrevious, "previous field"),
        KeyBinding([.escape], .signInForm, .back, "quit before the portal opens (over it the form stays; Ctrl-C quits)",
                   hint: "quit/back", hintWhen: .signInOnScreen),
        KeyBinding([.char("O")], .global, .signOut, "sign out (asks first)", group: KeyBinding.accountGroup),
    ]
}
