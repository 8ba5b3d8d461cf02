import PortalAPI
import PortalStore

/// "Send this upgrade?" with "No" focused by default.
struct UpgradeConfirmView {
    static func draw(_ state: AppState, on canvas: any Canvas) {
        guard let dialog = state.services.upgrade?.confirm else { return }
        YesNoDialogView.draw(dialog, width: 60, question: "Send the request to the provider?", sendingText: "Sending…", on: canvas)
    }
}
