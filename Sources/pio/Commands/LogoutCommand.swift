import ArgumentParser
import FoundationEssentials
import PortalAPI
import PortalConfig
import PortalStore

struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logout",
        abstract: "Revoke the profile's session on the server and delete it here.",
        discussion: "The stored tokens are deleted even when the server cannot be reached (pio says so); "
            + "the server then drops them when they expire.")

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        do {
            try await signOut()
        } catch {
            error.exit()
        }
    }

    func signOut() async throws(CommandFailure) {
        let settings = try await connection.settings()
        let store = settings.sessionStore
        let stored: StoredSession?
        do { stored = try store.load() } catch {
            // A file others could read is not trusted for a request, but it is still removed.
            _ = try? store.delete()
            print("Deleted \(store.path) without revoking it: \(error)")
            return
        }
        guard let stored else {
            print("No session is stored for profile \(settings.profile.value); nothing to do.")
            return
        }
        var target = settings
        target.url.value = stored.url
        let client = try ClientFactory.make(target, user: stored.user, password: "", log: DebugLog(environment: connection.environment))
        await client.restore(tokens: stored.tokens)
        let outcome: String
        do {
            try await client.revoke()
            outcome = "The server revoked the session."
        } catch let error as APIError where error.leavesOutcomeUnknown {
            outcome = Write.signOut.lostAnswer(reread: nil)   // sent once; the local sign-out goes ahead
        } catch let error as APIError where error.isNetworkFailure {
            outcome = "Could not reach \(stored.url) to revoke the session (\(error.message)); the server drops it when it expires."
        } catch let error as APIError where error.isAuthFailure {
            outcome = "The server had already ended the session."
        } catch let error as APIError {
            outcome = "The server did not confirm the revocation: \(error.message)"
        } catch {
            outcome = "The server did not confirm the revocation."
        }
        await client.shutdown()
        _ = try? CompletionCache(paths: settings.paths, profile: settings.profile.value).delete()   // the ids listed for completion
        do { try store.delete() } catch {
            throw CommandFailure(code: ExitStatus.usage, message: "\(outcome) But \(error)")
        }
        print("Signed out \(stored.user) (profile \(settings.profile.value)). \(outcome) Deleted \(store.path).")
    }
}
