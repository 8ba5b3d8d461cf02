import PortalAPI
import PortalStore

/// The row above the status bar: the filter line, progress, an error or the last result.
struct MessageLine {
    static func draw(_ state: AppState, on canvas: any Canvas) {
        let row = canvas.height - 2
        guard row > 0 else { return }
        canvas.fill(row: row, col: 0, count: canvas.width, style: .normal)
        if state.route == .services, state.list.isEditingFilter {
            canvas.put(row: row, col: 0, "/", style: Style(.accent, bold: true))
            TextFieldView(state.list.filter, focused: true).draw(row: row, col: 1, width: canvas.width - 1, on: canvas)
            return
        }
        if let (text, role) = message(for: state) {
            canvas.put(row: row, col: 0, text, width: canvas.width, style: Style(role, bold: role == .error))
        }
    }

    static func message(for state: AppState) -> (String, StyleRole)? {
        if let flash = state.flash { return (flash.text, flash.kind == .error ? .error : .success) }
        switch state.route {
        // Before the first answer, the pane itself says it is loading (or why it failed).
        case .services:
            guard state.services.value != nil else { return nil }
            if let error = state.services.errorMessage {
                return ("Could not refresh services (r retries): \(error)", .error)
            }
            if state.services.isLoading { return ("Refreshing services…", .dim) }
            if !state.list.filter.text.isEmpty {
                return ("Filter: \(state.list.filter.text)  (\(state.visibleServices.count) shown; Esc clears)", .accent)
            }
        case .serviceDetail:
            if let error = state.detail?.detail.errorMessage { return ("Could not load the service (r retries): \(error)", .error) }
            if let error = state.detail?.methods.errorMessage { return ("Could not load the actions: \(error)", .error) }
            if state.detail?.detail.isLoading == true, state.detail?.detail.value != nil { return ("Refreshing service…", .dim) }
        case .upgrade:
            if let error = state.upgrade?.options.errorMessage { return ("Could not load upgrade options (r retries): \(error)", .error) }
            if let error = state.upgrade?.quote.errorMessage { return ("Could not get an estimate: \(error)", .error) }
            if state.upgrade?.options.isLoading == true, state.upgrade?.options.value != nil { return ("Refreshing upgrade options…", .dim) }
        }
        return nil
    }
}
