import ArgumentParser
import Foundation
import PortalAPI
#if canImport(Glibc)
import Glibc
#endif

/// Builds the client from the shared options, runs one operation, prints its output, and turns
/// every failure into one line on stderr plus the documented exit code.
enum ScriptRunner {
    static func run(_ connection: ConnectionOptions, _ options: ScriptOptions,
                    _ body: @Sendable (PortalClient) async throws -> ScriptOutput) async throws {
        let client: PortalClient
        do {
            client = try PortalClient.live(configuration: try configuration(connection, options))
        } catch let failure as ScriptFailure {
            fail(failure)
        } catch let error as APIError {
            fail(ScriptFailure(code: ExitStatus.code(for: error), message: error.message))
        }
        let result: Result<ScriptOutput, any Error>
        do { result = .success(try await body(client)) } catch { result = .failure(error) }
        await client.shutdown()
        switch result {
        case .success(let output):
            print(options.json ? output.json.prettyText : output.table, terminator: "")
        case .failure(let error as APIError):
            fail(ScriptFailure(code: ExitStatus.code(for: error), message: error.message))
        case .failure(let failure as ScriptFailure):
            fail(failure)
        case .failure:
            fail(ScriptFailure(code: ExitStatus.server, message: "unexpected error"))
        }
    }

    static func configuration(_ connection: ConnectionOptions, _ options: ScriptOptions) throws -> ClientConfiguration {
        guard let url = connection.resolvedURL, !url.isEmpty else {
            throw ScriptFailure(code: ExitStatus.usage, message: "no server URL: pass --url or set PIO_URL")
        }
        guard let user = connection.resolvedUser, !user.isEmpty else {
            throw ScriptFailure(code: ExitStatus.usage, message: "no account: pass --user or set PIO_USER")
        }
        guard let password = connection.resolvedPassword ?? promptPassword(), !password.isEmpty else {
            throw ScriptFailure(code: ExitStatus.usage, message: "no password: set PIO_PASSWORD (it is never read from the command line)")
        }
        let authText = options.auth ?? ProcessInfo.processInfo.environment["PIO_AUTH"] ?? "auto"
        guard let auth = AuthMode(rawValue: authText.lowercased()) else {
            throw ScriptFailure(code: ExitStatus.usage, message: "--auth must be jwt, basic or auto")
        }
        guard options.timeout > 0 else { throw ScriptFailure(code: ExitStatus.usage, message: "--timeout must be positive") }
        return ClientConfiguration(baseURL: url, username: user, password: password, auth: auth,
                                   requestTimeout: .seconds(options.timeout))
    }

    /// Asks on the terminal when stdin is one; scripts set PIO_PASSWORD instead.
    static func promptPassword() -> String? {
        guard isatty(STDIN_FILENO) == 1, let p = getpass("Password: ") else { return nil }
        return String(cString: p)
    }

    static func fail(_ failure: ScriptFailure) -> Never {
        FileHandle.standardError.write(Data(("pio: " + failure.message + "\n").utf8))
        exit(failure.code)
    }
}
