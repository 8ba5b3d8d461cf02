import PortalAPI
import PortalStore

/// Makes and ends sessions for the effect runner: the executable knows where sessions are stored
/// and how a client is built; the runner only swaps the client it uses.
public protocol SessionProvider: Sendable {
    /// A new client signed in with the form's settings (its tokens already being stored). Throws `APIError`.
    func signIn(_ request: SignInRequest) async throws -> PortalClient
    /// Revokes the session of `client` on the server (when it can) and deletes the stored one.
    func signOut(_ client: PortalClient?) async -> SignOutOutcome
    /// The profiles, read again from the config file and the session files. Throws `APIError`.
    func profiles() async throws -> [ProfileSummary]
    /// Makes `name` the active profile (sign-in and sign-out then use its session file): a client
    /// resumed from its stored session without a password, or none when it has no session.
    /// Throws `APIError`, and then the active profile is the one it was.
    func switchProfile(_ name: String) async throws -> (client: PortalClient?, outcome: ProfileSwitch)
}
