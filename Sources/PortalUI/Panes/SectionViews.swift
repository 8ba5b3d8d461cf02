import PortalStore

/// Hands drawing to the view of the selected section: its pane, its dialogs, its place in the
/// header and its line in the message row.
enum SectionViews {
    static func draw(_ state: AppState, keymap: Keymap, in rect: Rect, on canvas: any Canvas) {
        switch state.section {
        case .services: ServicesSectionView.draw(state, keymap: keymap, in: rect, on: canvas)
        case .invoices: InvoicesSectionView.draw(state, keymap: keymap, in: rect, on: canvas)
        case .catalogue: CatalogueSectionView.draw(state, keymap: keymap, in: rect, on: canvas)
        }
    }

    static func drawOverlays(_ state: AppState, keymap: Keymap, on canvas: any Canvas) {
        switch state.section {
        case .services: ServicesSectionView.drawOverlays(state, keymap: keymap, on: canvas)
        case .invoices: InvoicesSectionView.drawOverlays(state, keymap: keymap, on: canvas)
        case .catalogue: CatalogueSectionView.drawOverlays(state, keymap: keymap, on: canvas)
        }
    }

    /// Where the user is inside the section ("#301 › Upgrade"); nil at the section's first pane.
    static func breadcrumb(_ state: AppState) -> String? {
        switch state.section {
        case .services: return ServicesSectionView.breadcrumb(state)
        case .invoices: return InvoicesSectionView.breadcrumb(state)
        case .catalogue: return CatalogueSectionView.breadcrumb(state)
        }
    }

    /// What the message row shows when no flash is up: an editable line (a filter) or a message.
    static func messageRow(_ state: AppState) -> MessageRow? {
        switch state.section {
        case .services: return ServicesSectionView.messageRow(state)
        case .invoices: return InvoicesSectionView.messageRow(state)
        case .catalogue: return CatalogueSectionView.messageRow(state)
        }
    }
}

/// The content of the row above the status bar.
enum MessageRow {
    /// A line being edited after a prompt ("/" for the filter).
    case editing(prompt: String, TextFieldState)
    case text(String, StyleRole)
}
