import PortalAPI
import PortalStore

/// "Send this upgrade?" with "No" focused by default.
struct UpgradeConfirmView {
    static func draw(_ dialog: YesNoDialog, on canvas: any Canvas) {
        YesNoDialogView.draw(dialog, width: 60, question: "Send the request to the provider?", sendingText: "Sending…", on: canvas)
    }
}
