import PortalAPI
import PortalStore

/// "Send this upgrade?" with "No" focused by default.
struct UpgradeConfirmView {
    static func draw(_ state: AppState, on canvas: any Canvas) {
        guard let pane = state.services.upgrade else { return }
        let area = Rect(row: 1, col: 0, width: canvas.width, height: canvas.height - 2)
        let rect = area.centered(width: 60, height: 8)
        Box(title: "Send upgrade request", style: Style(.warning)).draw(in: rect, on: canvas)
        let inner = rect.inset(by: 1)
        let diff = state.amounts.signed(UpgradePane.difference(pane))
        canvas.put(row: inner.row, col: inner.col + 1, "Your recurring price changes by \(diff) per cycle.",
                   width: inner.width - 2, style: .normal)
        if let total = pane.quote.value?.total {
            canvas.put(row: inner.row + 1, col: inner.col + 1, "To pay now (server estimate): \(state.money(total))",
                       width: inner.width - 2, style: .normal)
        }
        canvas.put(row: inner.row + 3, col: inner.col + 1, pane.sending ? "Sending…" : "Send the request to the provider?",
                   width: inner.width - 2, style: Style(pane.sending ? .dim : .normal))
        ButtonsView(["No", "Yes, upgrade"], focused: pane.yesFocused ? 1 : 0)
            .draw(row: inner.row + 4, col: inner.col, width: inner.width - 1, on: canvas)
    }
}
