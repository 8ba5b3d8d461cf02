import PortalAPI

/// The session's side of the top-level reducer: the sign-in form, its answer, a session that
/// ends mid-use, and signing out. None of it touches a section's state, except signing in as
/// someone else (or signing out), which starts the sections afresh.
extension AppState {
    /// Keys while the form is up.
    mutating func reduceSignIn(_ action: Action) -> [Effect] {
        switch signIn.reduce(action) {
        case .none: return []
        case .quit: return profiles.returnTo.map { switchBack(to: $0) } ?? [.quit]
        case .submit(let request):
            session = .signingIn
            return [requests.start(.session, .signIn(request))]
        }
    }

    /// Shows the form: as the screen before the portal, or over it when a session ended. The
    /// sections stay as they are; what was typed in the form so far stays too.
    mutating func openSignIn(_ reason: String) -> [Effect] {
        let inPortal = session == .signedIn
        session = .signedOut
        if !signIn.isShown {
            signIn.presentation = inPortal ? .overlay : .screen
            signIn.sectionsAccount = inPortal ? SignInAccount(url: signIn.url.text, email: header.user) : nil
            if signIn.email.text.isEmpty { signIn.email = TextFieldState(header.user, maxLength: signIn.email.maxLength) }
            signIn.focus = signIn.email.text.isEmpty ? .email : .password
        }
        signIn.submitting = false
        signIn.message = reason
        return []
    }

    mutating func applySignIn(_ result: Result<SignedIn, APIError>) -> [Effect] {
        switch result {
        case .failure(let error):
            session = .signedOut
            signIn.failed(error)
            return []
        case .success(let signed):
            let keepSections = signIn.isOverlay && signIn.sectionsAccount.map { $0.same(as: signed.account) } == true
            session = .signedIn
            profiles.returnTo = nil
            signIn.presentation = .hidden
            signIn.submitting = false
            signIn.message = nil
            signIn.sectionsAccount = nil
            signIn.email = TextFieldState(signed.account.email, maxLength: signIn.email.maxLength)
            if keepSections {
                header.user = signed.account.email
                flash = Flash(.info, "Signed in again as \(signed.account.email). Press r to reload what did not load.")
                return loadBalance()
            }
            startAfresh(user: signed.account.email)
            return forward(.activate, to: section)
        }
    }

    /// Asks before signing out: it revokes the session and drops what the portal shows.
    mutating func beginSignOut() -> [Effect] {
        modal = .signOut(YesNoDialog(title: "Sign out", lines: [
            DialogLine("Sign out \(header.user)?"), DialogLine("The session is revoked and deleted here.", .dim),
        ], yesLabel: "Yes, sign out"))
        return []
    }

    mutating func reduceSignOutQuestion(_ dialog: YesNoDialog, _ action: Action) -> [Effect] {
        var dialog = dialog
        switch dialog.reduce(action) {
        case .none, .changed, .submitField:
            modal = .signOut(dialog)
            return []
        case .close:
            modal = nil
            return []
        case .confirm:
            modal = nil
            let effects = RequestSlot.allCases.filter { $0 != .session }.flatMap { requests.cancel($0) }
            let prefill = SignInState(url: signIn.url.text, email: header.user, auth: signIn.auth)
            startAfresh(user: "")
            signIn = prefill
            session = .signedOut
            signIn.notice = "Signing out…"
            return effects + [requests.start(.session, .signOut)]
        }
    }

    mutating func applySignOut(_ result: Result<SignOutOutcome, APIError>) -> [Effect] {
        switch result {
        case .success(.revoked):
            signIn.notice = "Signed out. The server revoked the session."
        case .success(.unanswered):
            signIn.notice = Write.signOut.lostAnswer(reread: nil)   // the form says "signed out" by being there
        case .success(.localOnly(let why)):
            signIn.notice = "Signed out here; the server could not revoke the session (\(why))."
        case .failure(let error):
            signIn.notice = "Signed out here; the server could not revoke the session (\(error.message))."
        }
        return []
    }

    /// Another account (or none): nothing of the previous one stays on screen.
    mutating func startAfresh(user: String) {
        services = ServicesState()
        let today = invoices.today
        invoices = InvoicesState()
        invoices.setToday(today)
        catalogue = CatalogueState()
        section = .services
        header = HeaderState(user: user)
        modal = nil
    }
}
