import Foundation
@testable import pio
import PortalAPI
import PortalConfig
import PortalEffects
import PortalSandbox
import PortalStore
import Testing

/// Switching profiles as the portal does it — `UISessions` under the effect runner — against two
/// sandboxes on loopback, with a session stored for each profile in a temporary state folder.
@Suite(.serialized) struct ProfileSwitchOverHTTPTests {
    @Test func aSwitchResumesTheOtherProfilesSessionAndLeavesTheFirstOnesFileAlone() async throws {
        try await withTwoProfiles { h in
            let sessionA = try Data(contentsOf: URL(fileURLWithPath: h.paths.sessionFile("a")))

            let answer = try await h.perform(.switchProfile("b"), slot: .session)
            let account = SignInAccount(url: h.b.baseURL, email: "demo@example.com")
            #expect(answer == .profileSwitch(.success(.signedIn(profile: "b", account: account, auth: .auto))))
            #expect(h.sessions.settings.profile.value == "b")

            _ = try await h.perform(.services, slot: .services)
            #expect(h.bLog().contains { $0.method == "GET" && $0.path == "/api/service" && $0.authScheme == "bearer" })
            #expect(!h.bLog().contains { $0.path.hasSuffix("/login") })   // b's stored token, no password
            #expect(!h.aLog().contains { $0.path == "/api/service" })      // nothing went to a's server
            #expect(try Data(contentsOf: URL(fileURLWithPath: h.paths.sessionFile("a"))) == sessionA)

            // Back to a: its stored session again, no /login there either.
            _ = try await h.perform(.switchProfile("a"), slot: .session)
            _ = try await h.perform(.services, slot: .services)
            #expect(h.aLog().contains { $0.path == "/api/service" && $0.authScheme == "bearer" })
            #expect(!h.aLog().contains { $0.path.hasSuffix("/login") })
        }
    }

    @Test func signingOutInOneProfileLeavesTheOthersSessionStored() async throws {
        try await withTwoProfiles { h in
            _ = try await h.perform(.switchProfile("b"), slot: .session)
            let answer = try await h.perform(.signOut, slot: .session)
            #expect(answer == .signOut(.success(.revoked)))
            #expect(!FileManager.default.fileExists(atPath: h.paths.sessionFile("b")))
            #expect(FileManager.default.fileExists(atPath: h.paths.sessionFile("a")))
        }
    }

    @Test func aProfileWithoutASessionLeadsToTheFormAndABrokenOneChangesNothing() async throws {
        try await withTwoProfiles { h in
            let empty = try await h.perform(.switchProfile("c"), slot: .session)
            #expect(empty == .profileSwitch(.success(.needsSignIn(profile: "c", url: h.b.baseURL, user: "carol@example.com", auth: .jwt))))
            #expect(h.runner.currentClient == nil)

            _ = try await h.perform(.switchProfile("a"), slot: .session)
            let broken = try await h.perform(.switchProfile("broken"), slot: .session)
            guard case .profileSwitch(.failure(.invalidRequest(let why))) = broken else {
                Issue.record("expected a failure, got \(broken)"); return
            }
            #expect(why.contains("profiles.broken.timeout"))
            #expect(h.sessions.settings.profile.value == "a")
            _ = try await h.perform(.services, slot: .services)
            #expect(h.aLog().contains { $0.path == "/api/service" })   // a's client kept serving
        }
    }

    @Test func theProfilesListIsReadAgainAsPioProfilesReadsIt() async throws {
        try await withTwoProfiles { h in
            let answer = try await h.perform(.profiles, slot: .profiles)
            guard case .profiles(.success(let list)) = answer else { Issue.record("no list: \(answer)"); return }
            #expect(list.map(\.name) == ["default", "a", "b", "c", "broken"])
            #expect(list.map(\.session) == [.none, .stored, .stored, .none, .none])
            #expect(list[2].url == h.b.baseURL)
        }
    }
}

/// Two sandboxes (a, b), a config with profiles a and b (a session stored for each), c (b's server,
/// no session) and broken (a bad timeout), and the runner started on a.
struct TwoProfiles {
    let a: RunningSandbox
    let b: RunningSandbox
    let paths: PioPaths
    let sessions: UISessions
    let runner: EffectRunner
    let posted: Posted
    /// Requests the setup made (the two `pio login`s) come before these.
    let setupRequests: (a: Int, b: Int)

    /// The requests each server received since the setup.
    func aLog() -> [LoggedRequest] { Array(a.requestLog().dropFirst(setupRequests.a)) }
    func bLog() -> [LoggedRequest] { Array(b.requestLog().dropFirst(setupRequests.b)) }

    /// Runs `call` and waits for its answer.
    func perform(_ call: Call, slot: RequestSlot) async throws -> Response {
        let key = RequestKey(slot, generation: Int.random(in: 1...Int.max))
        runner.run(.request(key, call))
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if let response = posted.response(for: key) { return response }
            try await Task.sleep(for: .milliseconds(5))
        }
        throw CancellationError()
    }
}

final class Posted: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []
    func append(_ action: Action) { lock.withLock { actions.append(action) } }
    func response(for key: RequestKey) -> Response? {
        lock.withLock {
            for case .received(let k, let response) in actions where k == key { return response }
            return nil
        }
    }
}

func withTwoProfiles(_ body: (TwoProfiles) async throws -> Void) async throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pio-profiles-\(UUID().uuidString)").path
    let paths = PioPaths(stateDirectory: dir + "/state/pio", configDirectory: dir + "/config/pio")
    let a = try await SandboxServer.start(SandboxOptions())
    let b = try await SandboxServer.start(SandboxOptions(accountPassword: "bee"))
    var failure: (any Error)?
    do {
        try FileManager.default.createDirectory(atPath: paths.configDirectory, withIntermediateDirectories: true)
        try """
        profile: a
        profiles:
          a:
            url: \(a.baseURL)
            user: demo@example.com
          b:
            url: \(b.baseURL)
            user: demo@example.com
          c:
            url: \(b.baseURL)
            user: carol@example.com
            auth: jwt
          broken:
            timeout: soon
        """.write(toFile: paths.configFile, atomically: true, encoding: .utf8)
        for (name, sandbox, password) in [("a", a, "demo"), ("b", b, "bee")] {
            let client = try PortalClient.live(configuration: ClientConfiguration(
                baseURL: sandbox.baseURL, username: "demo@example.com", password: password, auth: .jwt))
            try await client.login()
            let tokens = try #require(await client.currentTokens())
            try SessionStore(paths: paths, profile: name).save(StoredSession(url: sandbox.baseURL, user: "demo@example.com", tokens: tokens))
            await client.shutdown()
        }
        let setup = (a: a.requestLog().count, b: b.requestLog().count)

        let environment = ["HOME": dir]
        let settings = try await SettingsLoader.load(flags: [:], environment: environment, paths: paths)
        let started = try #require(try await ClientFactory.open(settings, environment: environment, password: nil, prompt: false))
        let sessions = UISessions(settings: settings, environment: environment)
        let posted = Posted()
        let runner = EffectRunner(client: started.client, sessions: sessions, post: { posted.append($0) })
        try await body(TwoProfiles(a: a, b: b, paths: paths, sessions: sessions, runner: runner, posted: posted, setupRequests: setup))
        await runner.currentClient?.shutdown()
    } catch {
        failure = error
    }
    await a.stop()
    await b.stop()
    try? FileManager.default.removeItem(atPath: dir)
    if let failure { throw failure }
}
