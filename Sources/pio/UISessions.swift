import FoundationEssentials
import PortalAPI
import PortalConfig
import PortalEffects
import PortalStore
import Synchronization

/// Sign-in, sign-out and profile switches for the interactive portal: a new client per sign-in
/// (its tokens stored in the active profile's session file from the first login on), revocation
/// on sign-out, and a stored session resumed when the user switches profile.
final class UISessions: SessionProvider {
    /// The profile the run started with, with the run's flags and variables.
    let started: Settings
    let environment: [String: String]
    private let active: Mutex<Settings>

    init(settings: Settings, environment: [String: String]) {
        self.started = settings
        self.environment = environment
        self.active = Mutex(settings)
    }

    /// The active profile's settings (the one `P` last switched to).
    var settings: Settings { active.withLock { $0 } }

    func signIn(_ request: SignInRequest) async throws -> PortalClient {
        let settings = self.settings
        var target = settings
        target.url.value = request.url
        target.auth.value = request.auth
        let log = DebugLog(environment: environment)
        let client: PortalClient
        do {
            client = try ClientFactory.make(target, user: request.email, password: request.password, log: log)
        } catch {
            throw APIError.invalidURL(error.message)
        }
        await ClientFactory.mirror(client, into: settings.sessionStore, url: request.url, user: request.email, log: log,
                                   restoring: nil)
        do {
            try await client.login()
        } catch {
            await client.shutdown()
            throw error
        }
        // With tokens the password is not needed again: the portal goes on with a client that
        // never had it (HTTP Basic needs it on every request, so that client keeps it).
        guard !(await client.usesBasicAuth()), let tokens = await client.currentTokens(),
              let clean = try? ClientFactory.make(target, user: request.email, password: "", log: log) else { return client }
        await ClientFactory.mirror(clean, into: settings.sessionStore, url: request.url, user: request.email, log: log,
                                   restoring: tokens)
        await client.shutdown()
        return clean
    }

    func signOut(_ client: PortalClient?) async -> SignOutOutcome {
        var outcome = SignOutOutcome.revoked
        if let client {
            do {
                try await client.revoke()
            } catch let error as APIError where error.leavesOutcomeUnknown {
                outcome = .unanswered   // the one rule for a lost answer (see `Write`): never sent again
            } catch let error as APIError {
                outcome = .localOnly(error.message)
            } catch {
                outcome = .localOnly("\(error)")
            }
        }
        do { try settings.sessionStore.delete() } catch { outcome = .localOnly("\(error)") }
        return outcome
    }

    func profiles() async throws -> [ProfileSummary] {
        do {
            return try await ProfileCatalog.list(startedWith: started, environment: environment).map(ProfileSummary.init)
        } catch {
            throw APIError.invalidRequest("The profiles could not be read: \(error)")
        }
    }

    /// Resumes `name`'s stored session as `pio` would at start (never asking for a password);
    /// the flags and PIO_* variables of this run apply to the profile it started with only.
    func switchProfile(_ name: String) async throws -> (client: PortalClient?, outcome: ProfileSwitch) {
        let target: Settings
        let connected: ConnectedClient?
        do {
            target = try await ProfileCatalog.settings(of: name, startedWith: started, environment: environment)
            let env = name == started.profile.value ? environment : environment.filter { !$0.key.hasPrefix("PIO_") }
            connected = try await ClientFactory.open(target, environment: env, password: nil, prompt: false)
        } catch let error as CommandFailure {
            throw APIError.invalidRequest(error.message)
        } catch {
            throw APIError.invalidRequest("\(error)")
        }
        active.withLock { $0 = target }
        guard let connected else {
            return (nil, .needsSignIn(profile: name, url: target.url.value, user: target.user?.value ?? "", auth: target.auth.value))
        }
        return (connected.client, .signedIn(profile: name, account: SignInAccount(url: connected.url, email: connected.user),
                                            auth: target.auth.value))
    }
}

extension ProfileSummary {
    init(_ listing: ProfileListing) {
        let session: Session
        switch listing.session {
        case .stored: session = .stored
        case .none: session = .none
        case .refused: session = .refused
        }
        self.init(name: listing.name, url: listing.url, user: listing.user, session: session)
    }
}
