import PortalAPI
import PortalStore

/// The invoices section. (Stub until the billing section lands.)
enum InvoicesSectionView {
    static func draw(_ state: AppState, keymap: Keymap, in rect: Rect, on canvas: any Canvas) {
        canvas.put(row: rect.row + 1, col: rect.col + 2, "Invoices are not available in this build yet.",
                   width: rect.width - 2, style: Style(.dim))
    }

    static func drawOverlays(_ state: AppState, keymap: Keymap, on canvas: any Canvas) {}

    static func breadcrumb(_ state: AppState) -> String? {
        if case .detail(let id) = state.invoices.route { return "#\(id)" }
        return nil
    }

    static func messageRow(_ state: AppState) -> MessageRow? { nil }
}
