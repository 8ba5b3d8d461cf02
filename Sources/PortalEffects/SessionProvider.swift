import PortalAPI
import PortalStore

/// Makes and ends sessions for the effect runner: the executable knows where sessions are stored
/// and how a client is built; the runner only swaps the client it uses.
public protocol SessionProvider: Sendable {
    /// A new client signed in with the form's settings (its tokens already being stored). Throws `APIError`.
    func signIn(_ request: SignInRequest) async throws -> PortalClient
    /// Revokes the session of `client` on the server (when it can) and deletes the stored one.
    func signOut(_ client: PortalClient?) async -> SignOutOutcome
}
