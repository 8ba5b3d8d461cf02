import PortalAPI

extension AppState {
    /// Applies a response that is still awaited (stale ones never get here).
    mutating func apply(_ response: Response, slot: RequestSlot) -> [Effect] {
        switch response {
        case .login(.success):
            session = .signedIn
            return loadServices()
        case .login(.failure(let error)):
            session = .failed(error.isAuthFailure ? "Sign-in failed: \(error.message)" : error.message)
            return []

        case .balance(.success(let value)):
            balance = .loaded(value)
        case .balance(.failure(let error)):
            balance.fail(error.message)   // the header just leaves the balance out

        case .services(.success(let rows)):
            services = .loaded(rows)
            select(index: selectedIndex)
        case .services(.failure(let error)):
            services.fail(error.message)
            return expireIfNeeded(error)

        case .service(let result):
            guard var pane = detail else { return [] }
            switch result {
            case .success(let value):
                pane.detail = .loaded(value)
                labels[pane.serviceID] = value.label.value
            case .failure(let error):
                pane.detail.fail(error.message)
            }
            detail = pane
            if case .failure(let error) = result { return expireIfNeeded(error) }

        case .serviceMethods(let result):
            guard var pane = detail else { return [] }
            switch result {
            case .success(let value): pane.methods = .loaded(value)
            case .failure(let error): pane.methods.fail(error.message)
            }
            detail = pane

        case .setLabel(let result):
            return applyLabelResult(result)
        case .cancel(let result):
            return applyCancelResult(result)
        case .upgradeOptions(let result):
            return applyUpgradeOptions(result)
        case .upgrade(let result):
            return applyUpgradeResult(result, slot: slot)
        }
        return []
    }

    /// An expired session shows the sign-in error instead of a pane of stale data.
    mutating func expireIfNeeded(_ error: APIError) -> [Effect] {
        if error.isAuthFailure { session = .failed("Sign-in needed: \(error.message)") }
        return []
    }

    mutating func applyLabelResult(_ result: Result<ServerMessages, APIError>) -> [Effect] {
        guard var pane = detail, let editor = pane.labelEditor else { return [] }
        pane.labelSaving = false
        switch result {
        case .success(let messages):
            labels[pane.serviceID] = editor.text
            pane.labelEditor = nil
            flash = Flash(.info, messages.isEmpty ? "Label saved." : messages.text)
            pane.detail.startLoading()
            detail = pane
            return [request(.serviceDetail, .service(id: pane.serviceID))]
        case .failure(let error):
            pane.labelError = error.message   // what was typed stays in the field
            detail = pane
            return []
        }
    }

    mutating func applyCancelResult(_ result: Result<ServerMessages, APIError>) -> [Effect] {
        guard var dialog = cancelDialog else { return [] }
        switch result {
        case .success(let messages):
            cancelDialog = nil
            flash = Flash(.info, messages.isEmpty ? "Cancellation requested." : messages.text)
            var effects = loadServices()
            if var pane = detail, pane.serviceID == dialog.serviceID {
                pane.detail.startLoading()
                pane.methods.startLoading()
                detail = pane
                effects += [request(.serviceDetail, .service(id: pane.serviceID)),
                            request(.serviceMethods, .serviceMethods(id: pane.serviceID))]
            }
            return effects
        case .failure(let error):
            dialog.sending = false
            dialog.error = error.message
            cancelDialog = dialog
            return []
        }
    }
}
