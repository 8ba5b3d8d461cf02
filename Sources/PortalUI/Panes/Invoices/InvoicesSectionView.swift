import PortalAPI
import PortalStore

/// The invoices section: the list and an invoice's detail, with the apply-credit dialog.
enum InvoicesSectionView {
    static func draw(_ state: AppState, keymap: Keymap, in rect: Rect, on canvas: any Canvas) {
        switch state.invoices.route {
        case .list: InvoicesPane.draw(state, in: rect, on: canvas)
        case .detail: InvoiceDetailPane.draw(state, in: rect, on: canvas)
        }
    }

    static func drawOverlays(_ state: AppState, keymap: Keymap, on canvas: any Canvas) {
        switch state.invoices.modal {
        case .credit(let dialog): CreditDialogView.draw(dialog, state, on: canvas)
        case .filter, nil: break
        }
    }

    static func breadcrumb(_ state: AppState) -> String? {
        guard case .detail(let id) = state.invoices.route else { return nil }
        return state.invoices.detail?.detail.value?.number.value ?? "#\(id)"
    }

    static func messageRow(_ state: AppState) -> MessageRow? {
        let invoices = state.invoices
        switch invoices.route {
        // Before the first answer, the pane itself says it is loading (or why it failed).
        case .list:
            if invoices.modal == .filter { return .editing(prompt: "/", invoices.list.filter) }
            guard invoices.summaries.value != nil else { return nil }
            if let error = invoices.summaries.errorMessage {
                return .text("Could not refresh invoices (r retries): \(error)", .error)
            }
            if invoices.summaries.isLoading { return .text("Refreshing invoices…", .dim) }
            if !invoices.list.filter.text.isEmpty {
                return .text("Filter: \(invoices.list.filter.text)  (\(invoices.visible.count) shown; Esc clears)", .accent)
            }
        case .detail:
            guard let pane = invoices.detail, pane.detail.value != nil else { return nil }
            if let error = pane.detail.errorMessage { return .text("Could not refresh the invoice (r retries): \(error)", .error) }
            if pane.detail.isLoading { return .text("Refreshing invoice…", .dim) }
        }
        return nil
    }
}
