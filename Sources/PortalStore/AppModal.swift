/// What has the keyboard over the section at the top level, at most one at a time: each opens
/// only from a section's keys and takes every key until it closes.
///
/// The sign-in form is not a case: it is `AppState.signIn.presentation`, its own field, because it
/// does not open from a key but from an answer (the session ended), so it arrives under or over
/// whatever modal is open, and its fields (server, email) outlive it. Over the portal it covers
/// the copy chooser (a session that ends while the chooser is open gives the form the typing) and
/// sits under help and the sign-out question (answering that question comes first). The reducer,
/// `KeyContext.chain` and `render` each switch on `modal` and place the form in that order.
public enum AppModal: Equatable, Sendable {
    /// The `?` overlay.
    case help
    /// "Sign out?" (the shared confirm dialog, "No" focused).
    case signOut(YesNoDialog)
    /// `y` waits for the letter of the value to copy (the values come from the pane on screen).
    case copy
    /// `P`: the profiles, to switch to another (under the sign-in form, as the copy chooser).
    case profiles(ProfileChooser)

}

extension AppState {
    /// The sign-out question, if it is up (a read-only view of `modal`).
    public var signOutDialog: YesNoDialog? {
        if case .signOut(let dialog)? = modal { return dialog }
        return nil
    }
}
