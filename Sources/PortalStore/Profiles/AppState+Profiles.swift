import PortalAPI

/// `P` at the top level: the chooser, reading the profiles (an effect: the reducer reads no file),
/// and switching. A switch drops everything of the profile left (its requests are cancelled, so a
/// late answer is stale; its rows are cleared), unless it fails: then nothing changed. Profile
/// names are valid names; the config's values and errors go through `SafeText`.
extension AppState {
    mutating func openProfiles() -> [Effect] {
        let shown = profiles.known.isEmpty ? nil : profiles.known
        modal = .profiles(ProfileChooser(profiles: .loading(previous: shown),
                                         selected: profiles.known.firstIndex { $0.name == profiles.active } ?? 0))
        return [requests.start(.profiles, .profiles)]
    }

    mutating func reduceProfiles(_ chooser: ProfileChooser, _ action: Action) -> [Effect] {
        guard chooser.switching == nil else { return [] }
        var chooser = chooser
        let last = chooser.rows.count - 1
        switch action {
        case .move(let delta): chooser.selected = max(0, min(last, chooser.selected + delta))
        case .moveToFirst: chooser.selected = 0
        case .moveToLast: chooser.selected = max(0, last)
        case .clickRow(let name):
            // As a list row: the first click selects, a click on the selected one switches (Enter).
            guard let index = chooser.rows.firstIndex(where: { $0.name == name }) else { return [] }
            if index == chooser.selected { return reduceProfiles(chooser, .open) }
            chooser.selected = index
        case .open, .submit:
            guard chooser.rows.indices.contains(chooser.selected) else { return [] }
            let name = chooser.rows[chooser.selected].name
            guard name != profiles.active else {
                modal = nil
                return requests.cancel(.profiles)
            }
            chooser.switching = name
            modal = .profiles(chooser)
            let cancels = RequestSlot.allCases.flatMap { requests.cancel($0) }
            return cancels + [requests.start(.session, .switchProfile(name))]
        case .dismiss, .back, .cancelInput, .showProfiles:
            modal = nil
            return requests.cancel(.profiles)
        default:
            break
        }
        modal = .profiles(chooser)
        return []
    }

    mutating func applyProfiles(_ result: Result<[ProfileSummary], APIError>) -> [Effect] {
        if case .success(let list) = result { profiles.known = list }
        guard case .profiles(var chooser)? = modal else { return [] }
        switch result {
        case .success(let list):
            let selectedName = chooser.rows.indices.contains(chooser.selected) ? chooser.rows[chooser.selected].name : profiles.active
            chooser.profiles = .loaded(list)
            chooser.selected = list.firstIndex { $0.name == selectedName } ?? list.firstIndex { $0.name == profiles.active } ?? 0
        case .failure(let error):
            chooser.profiles.fail(error.message)
        }
        modal = .profiles(chooser)
        return []
    }

    mutating func applyProfileSwitch(_ result: Result<ProfileSwitch, APIError>) -> [Effect] {
        var target = "the profile"
        if case .profiles(let chooser)? = modal, let name = chooser.switching { target = name }
        let left = profiles.active
        profiles.returnTo = nil
        switch result {
        case .failure(let error) where signIn.isShown:
            signIn.submitting = false
            signIn.notice = nil
            signIn.message = "Could not switch back: " + SafeText(error.message).value
            return []
        case .failure(let error):
            modal = nil
            flash = Flash(.error, "Could not switch to \(target): \(SafeText(error.message).value) Still on \(profiles.active).")
            return forward(.activate, to: section)   // what the switch cancelled loads again
        case .success(.signedIn(let name, let account, let auth)):
            profiles.active = name
            startAfresh(user: account.email)
            session = .signedIn
            signIn = SignInState(url: account.url, email: account.email, auth: auth, presentation: .hidden)
            flash = Flash(.info, "Profile \(name): signed in as \(SafeText(account.email).value).")
            return forward(.activate, to: section)
        case .success(.needsSignIn(let name, let url, let user, let auth)):
            profiles.active = name
            profiles.returnTo = left
            startAfresh(user: "")
            session = .signedOut
            signIn = SignInState(url: SafeText(url).value, email: SafeText(user).value, auth: auth)   // from the config file
            signIn.notice = "Profile \(name) has no stored session: sign in to it, or Esc to go back to \(left)."
            return []
        }
    }

    /// Esc on the form of a profile without a session: back to the profile it was reached from.
    mutating func switchBack(to name: String) -> [Effect] {
        signIn.submitting = true
        signIn.message = nil
        signIn.notice = "Switching back to \(name)…"
        return RequestSlot.allCases.flatMap { requests.cancel($0) } + [requests.start(.session, .switchProfile(name))]
    }
}
