import PortalAPI
import PortalStore

/// The catalogue section. (Stub until the catalogue lands.)
enum CatalogueSectionView {
    static func draw(_ state: AppState, keymap: Keymap, in rect: Rect, on canvas: any Canvas) {
        canvas.put(row: rect.row + 1, col: rect.col + 2, "The catalogue is not available in this build yet.",
                   width: rect.width - 2, style: Style(.dim))
    }

    static func drawOverlays(_ state: AppState, keymap: Keymap, on canvas: any Canvas) {}

    static func breadcrumb(_ state: AppState) -> String? { nil }

    static func messageRow(_ state: AppState) -> MessageRow? { nil }
}
