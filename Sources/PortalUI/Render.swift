import PortalAPI
import PortalStore

/// Draws the whole screen for `state`. Pure: the same state gives the same cells.
public func render(_ state: AppState, into canvas: any Canvas, keymap: Keymap = .default) {
    for row in 0..<canvas.height { canvas.fill(row: row, col: 0, count: canvas.width, style: .normal) }
    if state.isTooSmall || canvas.width < AppState.minimumWidth || canvas.height < AppState.minimumHeight {
        TooSmallScreen.draw(state, on: canvas)
        return
    }
    // Over an ended session the portal stays drawn, as it was, under the sign-in form.
    let portal = state.session == .signedIn || state.signIn.isOverlay
    Header.draw(state, breadcrumb: portal ? SectionViews.breadcrumb(state) : nil, on: canvas)
    let body = Rect(row: 1, col: 0, width: canvas.width, height: canvas.height - 3)
    switch state.session {
    case _ where portal:
        SectionViews.draw(state, keymap: keymap, in: body, on: canvas)
    case .failed(let message):
        SessionScreen.drawFailure(message, in: body, on: canvas)
    default:
        if !state.signIn.isShown { SessionScreen.draw(state, in: body, on: canvas) }
    }
    MessageLine.draw(state, on: canvas)
    StatusBar.draw(state, keymap: keymap, on: canvas)
    if portal { SectionViews.drawOverlays(state, keymap: keymap, on: canvas) }
    drawTopLevel(state, portal: portal, keymap: keymap, on: canvas)
}

/// The top level's modal and the sign-in form, in the order `AppModal` gives: the copy chooser
/// under the form, the sign-out question and help over it.
private func drawTopLevel(_ state: AppState, portal: Bool, keymap: Keymap, on canvas: any Canvas) {
    let form = { if state.signIn.isShown { SignInPane.draw(state, on: canvas) } }
    // A modal takes every click but those on its own targets (drawn over this one).
    if state.modal != nil { canvas.addTarget(.blocks, in: canvas.bounds) }
    switch state.modal {
    case nil:
        form()
    case .copy:
        if portal { CopyChooser.draw(state, keymap: keymap, on: canvas) }
        form()
    case .profiles(let chooser):
        if portal { ProfileChooserView.draw(chooser, active: state.profiles.active, on: canvas) }
        form()
    case .signOut(let dialog):
        form()
        SignOutDialog.draw(dialog, on: canvas)
    case .help:
        form()
        HelpOverlay.draw(state, keymap: keymap, on: canvas)
    }
}
