import FoundationEssentials
import PortalAPI
import PortalConfig
import PortalEffects
import PortalStore

/// Sign-in and sign-out for the interactive portal: a new client per sign-in (its tokens stored
/// in the profile's session file from the first login on), and revocation on sign-out.
struct UISessions: SessionProvider {
    let settings: Settings
    let environment: [String: String]

    func signIn(_ request: SignInRequest) async throws -> PortalClient {
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
}
