import PortalStore

/// What a view drew at a place on screen, for the mouse: views register targets while they draw
/// (`Canvas.addTarget`), and `mouseActions` turns the one under the pointer into actions.
public enum ClickTarget: Sendable, Equatable {
    /// A list row (also a profile in the chooser, a resource on the upgrade pane): a click selects
    /// it, a click on the selected row opens it; the wheel moves the selection.
    case row(id: String)
    /// A choice's `‹` (`step` -1) or `›` (+1): a click runs `focus` (puts the focus on the choice's
    /// line: an upgrade resource, a configurator field) and steps the option, as ← → there would.
    case optionArrow(focus: Action, step: Int)
    /// What the wheel scrolls (a list around its rows, a detail pane); a click there does nothing.
    case scrolls
    /// A section's tab in the header.
    case tab(Section)
    /// A confirm dialog's button.
    case button(DialogButton)
    /// A field of a confirm dialog or of the order review, by its place among the form's fields.
    case dialogField(Int)
    /// A configurator field's line (focuses it), or its tick box of item `tickBox` (also ticks it).
    case field(FieldKey, tickBox: Int?)
    /// A field of the sign-in form.
    case signInField(SignInState.Field)
    /// An entry of a box that runs a binding's action when clicked (the copy chooser).
    case runs(Action)
    /// A modal and everything under it: clicks do nothing there, and nothing below gets them.
    case blocks
    /// The help overlay and everything under it: any click closes it, the wheel turns its pages.
    case closesHelp
}
