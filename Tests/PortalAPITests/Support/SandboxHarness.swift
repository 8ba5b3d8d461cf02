import Foundation
import PortalAPI
import PortalSandbox

/// Runs `body` with a fresh sandbox on a loopback port and a live client for it; always stops both.
func withSandbox(_ options: SandboxOptions = SandboxOptions(), auth: AuthMode = .jwt, requestTimeout: Duration = .seconds(10),
                 password: String = "demo",
                 _ body: (RunningSandbox, PortalClient) async throws -> Void) async throws {
    let sandbox = try await SandboxServer.start(options)
    let config = ClientConfiguration(baseURL: sandbox.baseURL, username: "demo@example.com", password: password, auth: auth,
                                     requestTimeout: requestTimeout, retryBaseDelay: .milliseconds(10))
    let client: PortalClient
    do { client = try PortalClient.live(configuration: config) } catch { await sandbox.stop(); throw error }
    var failure: (any Error)?
    do { try await body(sandbox, client) } catch { failure = error }
    await client.shutdown()
    await sandbox.stop()
    if let failure { throw failure }
}

extension RunningSandbox {
    /// Logged requests whose path ends with `suffix` (paths look like "/api/service/301").
    func requests(_ method: String, _ suffix: String) -> [LoggedRequest] {
        requestLog().filter { $0.method == method && $0.path.hasSuffix(suffix) }
    }
}
