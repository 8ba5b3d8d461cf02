import PortalAPI

/// The one state transition: applies `action` and returns the effects to run. Pure.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .start:
        guard state.session != .signingIn else { return [] }
        state.session = .signingIn
        return [state.request(.session, .login)]
    case .resized(let width, let height):
        state.width = max(0, width)
        state.height = max(0, height)
        state.keepSelectionVisible()
        return []
    case .tick:
        if state.wantsTicks { state.spinnerPhase = (state.spinnerPhase + 1) % 1024 }
        return []
    case .received(let key, let response):
        guard state.pending[key.slot] == key.generation else { return [] }   // stale: dropped
        state.pending[key.slot] = nil
        return state.apply(response, slot: key.slot)
    case .toggleHelp:
        state.showHelp.toggle()
        return []
    default:
        state.flash = nil   // a message lasts until the next key
    }
    if state.isTooSmall {
        return action == .back ? [.quit] : []
    }
    if state.showHelp {
        if action == .back || action == .cancelInput || action == .dismiss { state.showHelp = false }
        return []
    }
    switch state.session {
    case .signedIn: break
    case .failed:
        if action == .refresh {
            state.session = .signingIn
            return [state.request(.session, .login)]
        }
        return action == .back ? [.quit] : []
    case .signedOut, .signingIn:
        return action == .back ? [.quit] : []
    }
    if state.cancelDialog != nil { return state.reduceCancelDialog(action) }
    if state.upgrade?.confirming == true { return state.reduceUpgradeConfirm(action) }
    if state.detail?.labelEditor != nil, case .serviceDetail = state.route { return state.reduceLabelEditor(action) }
    if state.list.isEditingFilter, state.route == .services { return state.reduceFilter(action) }
    switch state.route {
    case .services: return state.reduceList(action)
    case .serviceDetail: return state.reduceDetail(action)
    case .upgrade: return state.reduceUpgrade(action)
    }
}

extension AppState {
    /// Starts a request in `slot`, superseding any request already there.
    mutating func request(_ slot: RequestSlot, _ call: Call) -> Effect {
        lastGeneration += 1
        pending[slot] = lastGeneration
        return .request(RequestKey(slot, generation: lastGeneration), call)
    }

    /// Cancels whatever runs in `slot` (no effect when nothing does).
    mutating func cancelRequest(_ slot: RequestSlot) -> [Effect] {
        guard let generation = pending.removeValue(forKey: slot) else { return [] }
        return [.cancel(RequestKey(slot, generation: generation))]
    }

    /// Loads the services list (and the balance shown in the header).
    mutating func loadServices() -> [Effect] {
        services.startLoading()
        balance.startLoading()
        return [request(.services, .services), request(.balance, .balance)]
    }
}
