import PortalAPI

/// The one state transition: applies `action` and returns the effects to run. Pure.
/// It handles what is global (sections, help, session, routing responses, the balance) and hands
/// everything else to the selected section, scoped to that section's state.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .start:
        guard state.session != .signingIn, !state.signIn.isShown else { return [] }
        state.session = .signingIn
        return [state.requests.start(.session, .login)]
    case .resized(let width, let height):
        state.width = max(0, width)
        state.height = max(0, height)
        return Section.allCases.flatMap { state.forward(.resize, to: $0) }
    case .tick:
        if state.wantsTicks { state.spinnerPhase = (state.spinnerPhase + 1) % 1024 }
        return []
    case .received(let key, let response):
        guard state.requests.settle(key) else { return [] }   // stale: dropped
        return state.route(response, slot: key.slot)
    case .toggleHelp:
        switch state.modal {
        case nil: state.modal = .help; state.helpPage = 0
        case .help: state.modal = nil
        case .signOut, .copy, .profiles: break   // they take every key; their contexts bind no help key
        }
        return []
    case .notice(let text):
        state.flash = Flash(.info, text)
        return []
    default:
        state.flash = nil   // a message lasts until the next key
    }
    if state.isTooSmall {
        return action == .back ? [.quit] : []
    }
    switch state.modal {
    case .help:
        if action == .back || action == .cancelInput || action == .dismiss { state.modal = nil }
        if case .page(let pages) = action { state.helpPage += pages }
        return []
    case .signOut(let dialog): return state.reduceSignOutQuestion(dialog, action)
    case .copy, .profiles, nil: break   // the choosers are under the sign-in form (AppModal)
    }
    if state.signIn.isShown { return state.reduceSignIn(action) }
    switch state.session {
    case .signedIn: break
    case .failed:
        if action == .refresh {
            state.session = .signingIn
            return [state.requests.start(.session, .login)]
        }
        return action == .back ? [.quit] : []
    case .signedOut, .signingIn:
        return action == .back ? [.quit] : []
    }
    if case .profiles(let chooser)? = state.modal { return state.reduceProfiles(chooser, action) }
    if state.modal == .copy || AppState.isCopy(action) { return state.reduceCopy(action) }
    switch action {
    case .selectSection(let section): return state.switchSection(to: section)
    case .stepSection(let delta): return state.switchSection(to: state.section.stepped(by: delta))
    case .signOut: return state.beginSignOut()
    case .showProfiles: return state.openProfiles()
    default: return state.forward(.action(action), to: state.section)
    }
}

extension AppState {
    /// Applies a response that is still awaited (stale ones never get here).
    mutating func route(_ response: Response, slot: RequestSlot) -> [Effect] {
        switch response {
        case .login(.success):
            session = .signedIn
            return forward(.activate, to: section)
        case .login(.failure(let error)):
            if error.isAuthFailure { return openSignIn(SignInState.sentence(for: error, auth: signIn.auth)) }
            session = .failed(error.message)
            return []
        case .signIn(let result):
            return applySignIn(result)
        case .signOut(let result):
            return applySignOut(result)
        case .profiles(let result):
            return applyProfiles(result)
        case .profileSwitch(let result):
            return applyProfileSwitch(result)
        case .balance(.success(let value)):
            header.balance = .loaded(value)
            // No currency on the balance: the invoices carry theirs (see `accountCurrency`).
            guard value.currency.isEmpty, invoices.summaries == .idle else { return [] }
            return scoped(\.invoices) { $0.loadListOnly(&$1) }
        case .balance(.failure(let error)):
            header.balance.fail(error.message)   // the header just leaves the balance out
            return expireIfNeeded(error)
        default:
            guard let owner = slot.section else { return [] }
            let effects = forward(.response(response, slot), to: owner)
            if let error = response.failure { return effects + expireIfNeeded(error) }
            return effects
        }
    }

    /// A session that ended opens the sign-in form over the portal; the sections stay as they are.
    mutating func expireIfNeeded(_ error: APIError) -> [Effect] {
        guard error.isAuthFailure, session == .signedIn else { return [] }
        return openSignIn("Your session has ended. Sign in again to carry on where you were.")
    }

    /// Shows `section`; it keeps its own navigation, selection and filter, and refreshes.
    mutating func switchSection(to target: Section) -> [Effect] {
        guard target != section else { return [] }
        section = target
        return forward(.activate, to: target)
    }

    mutating func forward(_ operation: SectionOperation, to target: Section) -> [Effect] {
        switch target {
        case .services: return scoped(\.services) { $0.handle(operation, &$1) }
        case .invoices: return scoped(\.invoices) { $0.handle(operation, &$1) }
        case .catalogue: return scoped(\.catalogue) { $0.handle(operation, &$1) }
        }
    }

    /// Runs `body` on one section's state with the shared context, then takes back what the
    /// section changed in the context (message, requests, balance reload, a link to follow).
    mutating func scoped<S>(_ path: WritableKeyPath<AppState, S>,
                            _ body: (inout S, inout SectionContext) -> [Effect]) -> [Effect] {
        var ctx = SectionContext(width: width, height: height, balance: header.balance.value,
                                 flash: flash, requests: requests)
        ctx.locale = locale
        ctx.amounts = amounts
        var effects = body(&self[keyPath: path], &ctx)
        flash = ctx.flash
        requests = ctx.requests
        if ctx.wantsBalance { effects += loadBalance() }
        if ctx.wantsAccountReread { effects += forward(.activate, to: .services) + forward(.activate, to: .invoices) }
        if let link = ctx.open { effects += follow(link) }
        return effects
    }

    /// Reloads the balance in the header, keeping the old one on screen meanwhile.
    mutating func loadBalance() -> [Effect] {
        header.balance.startLoading()
        return [requests.start(.balance, .balance)]
    }

    /// Switches to the section that shows `link` and opens it there.
    mutating func follow(_ link: CrossLink) -> [Effect] {
        switch link {
        case .invoice(let id):
            let effects = switchSection(to: .invoices)
            return effects + scoped(\.invoices) { $0.open(invoiceID: id, &$1) }
        }
    }
}

extension Response {
    /// The error a failed response carries.
    public var failure: APIError? {
        switch self {
        case .login(let r): return r.failure
        case .signIn(let r): return r.failure
        case .signOut(let r): return r.failure
        case .profiles(let r): return r.failure
        case .profileSwitch(let r): return r.failure
        case .balance(let r): return r.failure
        case .services(let r): return r.failure
        case .service(let r): return r.failure
        case .serviceMethods(let r): return r.failure
        case .setLabel(let r): return r.failure
        case .cancel(let r): return r.failure
        case .upgradeOptions(let r): return r.failure
        case .upgrade(let r): return r.failure
        case .invoices(let r): return r.failure
        case .invoice(let r): return r.failure
        case .applyCredit(let r): return r.failure
        case .categories(let r): return r.failure
        case .products(let r): return r.failure
        case .productConfiguration(let r): return r.failure
        case .order(let r): return r.failure
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
