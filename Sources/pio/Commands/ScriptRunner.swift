import ArgumentParser
import FoundationEssentials
import PortalAPI
import PortalConfig

/// Builds the client from the shared options, runs one operation, prints its output, and turns
/// every failure into a `CommandFailure` (one line on stderr, the documented exit code).
enum ScriptRunner {
    /// `fields`: the top-level JSON fields the command prints, which `--json FIELDS` may select
    /// (checked before connecting: an unknown one is a usage error). `completing`: the kind of ids
    /// the listing's "id" fields are, kept for the shell's completion (`CompletionCache`).
    static func run(_ connection: ConnectionOptions, _ options: ScriptOptions, fields: [String],
                    completing: CompletionCache.Kind? = nil,
                    _ body: @Sendable (PortalClient) async throws -> ScriptOutput) async throws {
        let connected: ConnectedClient
        let locale: MoneyLocale
        let selection: JSONFieldSelection?
        let cache: CompletionCache
        do {
            selection = try options.selection(known: fields)
            let settings = try await connection.settings()
            locale = settings.locale.value
            cache = CompletionCache(paths: settings.paths, profile: settings.profile.value)
            connected = try await ClientFactory.connect(settings, environment: connection.environment)
        } catch {
            error.exit()
        }
        let client = connected.client
        var result: Result<ScriptOutput, any Error>
        // Tables are written in the locale (`Format.locale`); the JSON never is.
        do { result = .success(try await Format.$locale.withValue(locale) { try await body(client) }) } catch { result = .failure(error) }
        // A stored session the server no longer accepts: sign in again once when a password is at hand.
        if connected.restored, case .failure(let error as APIError) = result, error.isAuthFailure,
           !client.configuration.password.isEmpty {
            do {
                try await client.login()
                result = .success(try await Format.$locale.withValue(locale) { try await body(client) })
            } catch {
                result = .failure(error)
            }
        }
        if let notice = await client.takeBasicAuthNotice() { StandardError.write("pio: note: \(notice)\n") }
        await client.shutdown()
        switch result {
        case .success(let output):
            assert(JSONFieldSelection.fields(of: output.json).isSubset(of: fields),
                   "JSON fields missing from the command's jsonFields: \(JSONFieldSelection.fields(of: output.json).subtracting(fields).sorted())")
            print(options.text(output, selection), terminator: "")
            if let completing, case .array(let items) = output.json {
                try? cache.save(completing, ids: items.compactMap { $0["id"].string }, url: connected.url, user: connected.user)
            }
        case .failure(let error as APIError) where error.isAuthFailure && connected.restored:
            CommandFailure(code: ExitStatus.auth, message: "the stored session was not accepted (\(error.message)) Run `pio login` to sign in again.").exit()
        case .failure(let error as APIError):
            CommandFailure(code: ExitStatus.code(for: error), message: error.message).exit()
        case .failure(let failure as CommandFailure):
            failure.exit()
        case .failure:
            CommandFailure(code: ExitStatus.server, message: "unexpected error").exit()
        }
    }
}
