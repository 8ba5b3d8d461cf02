import ArgumentParser
import Foundation
import PortalAPI

/// Builds the client from the shared options, runs one operation, prints its output, and turns
/// every failure into a `CommandFailure` (one line on stderr, the documented exit code).
enum ScriptRunner {
    static func run(_ connection: ConnectionOptions, _ options: ScriptOptions,
                    _ body: @Sendable (PortalClient) async throws -> ScriptOutput) async throws {
        let client: PortalClient
        do {
            client = try connection.makeClient(try connection.configuration())
        } catch let failure as CommandFailure {
            failure.exit()
        }
        let result: Result<ScriptOutput, any Error>
        do { result = .success(try await body(client)) } catch { result = .failure(error) }
        await client.shutdown()
        switch result {
        case .success(let output):
            print(options.json ? output.json.prettyText : output.table, terminator: "")
        case .failure(let error as APIError):
            CommandFailure(code: ExitStatus.code(for: error), message: error.message).exit()
        case .failure(let failure as CommandFailure):
            failure.exit()
        case .failure:
            CommandFailure(code: ExitStatus.server, message: "unexpected error").exit()
        }
    }
}
