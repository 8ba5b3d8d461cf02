import PortalAPI
import PortalStore

/// Draws the whole screen for `state`. Pure: the same state gives the same cells.
public func render(_ state: AppState, into canvas: any Canvas, keymap: Keymap = .default) {
    for row in 0..<canvas.height { canvas.fill(row: row, col: 0, count: canvas.width, style: .normal) }
    if state.isTooSmall || canvas.width < AppState.minimumWidth || canvas.height < AppState.minimumHeight {
        TooSmallScreen.draw(state, on: canvas)
        return
    }
    Header.draw(state, title: title(for: state), on: canvas)
    let body = Rect(row: 1, col: 0, width: canvas.width, height: canvas.height - 3)
    switch state.session {
    case .signedOut, .signingIn:
        SessionScreen.draw(state, in: body, on: canvas)
    case .failed(let message):
        SessionScreen.drawFailure(message, in: body, on: canvas)
    case .signedIn:
        switch state.route {
        case .services: ServicesPane.draw(state, in: body, on: canvas)
        case .serviceDetail: ServiceDetailPane.draw(state, keymap: keymap, in: body, on: canvas)
        case .upgrade: UpgradePane.draw(state, in: body, on: canvas)
        }
    }
    MessageLine.draw(state, on: canvas)
    StatusBar.draw(state, keymap: keymap, on: canvas)
    if state.cancelDialog != nil { CancelDialogView.draw(state, on: canvas) }
    if state.upgrade?.confirming == true { UpgradeConfirmView.draw(state, on: canvas) }
    if state.showHelp { HelpOverlay.draw(state, keymap: keymap, on: canvas) }
}

func title(for state: AppState) -> String {
    switch state.route {
    case .services: return "Services"
    case .serviceDetail(let id): return "Services › #\(id)"
    case .upgrade(let id): return "Services › #\(id) › Upgrade"
    }
}
