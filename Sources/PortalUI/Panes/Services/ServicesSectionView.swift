import PortalAPI
import PortalStore

/// The services section: the list, a service's detail and its upgrade pane, with their dialogs.
enum ServicesSectionView {
    static func draw(_ state: AppState, keymap: Keymap, in rect: Rect, on canvas: any Canvas) {
        switch state.services.route {
        case .list: ServicesPane.draw(state, in: rect, on: canvas)
        case .detail: ServiceDetailPane.draw(state, keymap: keymap, in: rect, on: canvas)
        case .upgrade: UpgradePane.draw(state, in: rect, on: canvas)
        }
    }

    /// The confirm dialogs are drawn over the pane; the filter line and the label editor sit in it.
    static func drawOverlays(_ state: AppState, keymap: Keymap, on canvas: any Canvas) {
        switch state.services.modal {
        case .cancel(let dialog): CancelDialogView.draw(dialog, state, on: canvas)
        case .confirmUpgrade(let dialog): UpgradeConfirmView.draw(dialog, on: canvas)
        case .filter, .label, nil: break
        }
    }

    static func breadcrumb(_ state: AppState) -> String? {
        switch state.services.route {
        case .list: return nil
        case .detail(let id): return "#\(id)"
        case .upgrade(let id): return "#\(id) › Upgrade"
        }
    }

    static func messageRow(_ state: AppState) -> MessageRow? {
        let services = state.services
        switch services.route {
        // Before the first answer, the pane itself says it is loading (or why it failed).
        case .list:
            if services.modal == .filter { return .editing(prompt: "/", services.list.filter) }
            guard services.summaries.value != nil else { return nil }
            if let error = services.summaries.errorMessage {
                return .text("Could not refresh services (r retries): \(error)", .error)
            }
            if services.summaries.isLoading { return .text("Refreshing services…", .dim) }
            if !services.list.filter.text.isEmpty {
                return .text("Filter: \(services.list.filter.text)  (\(services.visibleServices.count) shown; Esc clears)", .accent)
            }
        case .detail:
            if let error = services.detail?.detail.errorMessage { return .text("Could not load the service (r retries): \(error)", .error) }
            if let error = services.detail?.methods.errorMessage { return .text("Could not load the actions: \(error)", .error) }
            if services.detail?.detail.isLoading == true, services.detail?.detail.value != nil { return .text("Refreshing service…", .dim) }
        case .upgrade:
            if let error = services.upgrade?.options.errorMessage { return .text("Could not load upgrade options (r retries): \(error)", .error) }
            if let error = services.upgrade?.quote.errorMessage { return .text("Could not get an estimate: \(error)", .error) }
            if services.upgrade?.options.isLoading == true, services.upgrade?.options.value != nil { return .text("Refreshing upgrade options…", .dim) }
        }
        return nil
    }
}
