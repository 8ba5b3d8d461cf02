import Foundation
import PortalAPI
import PortalEffects
import PortalStore

/// Collects what the runner posts.
final class PostedActions: @unchecked Sendable {
    private let lock = NSLock()
    private var log: [Action] = []

    func append(_ action: Action) { lock.withLock { log.append(action) } }
    var all: [Action] { lock.withLock { log } }
}

/// Polls `condition` until it holds or `timeout` passes; returns whether it held. Waits for an
/// event, not for a fixed time.
func eventually(timeout: Duration = .seconds(5), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while !condition() {
        if ContinuousClock.now >= deadline { return false }
        try? await Task.sleep(for: .milliseconds(2))
    }
    return true
}

/// A runner over a gated transport, with Basic auth so a call is exactly one HTTP request.
struct Harness {
    let transport: GatedTransport
    let posted = PostedActions()
    let runner: EffectRunner

    init(honoursCancellation: Bool = true) throws {
        transport = GatedTransport(honoursCancellation: honoursCancellation)
        let configuration = ClientConfiguration(baseURL: "http://127.0.0.1:9/api", username: "demo@example.com",
                                                password: "demo", auth: .basic, maxRetries: 0)
        let client = try PortalClient(configuration: configuration, transport: transport)
        let posted = self.posted
        runner = EffectRunner(client: client, post: { posted.append($0) })
    }

    /// Runs `.request(key, call)` and waits until its HTTP request reached the transport.
    func start(_ key: RequestKey, _ call: Call) async -> Int? {
        let before = transport.requests.count
        runner.run(.request(key, call))
        guard await eventually({ transport.isWaiting(before) || transport.hasFinished(before) }) else { return nil }
        return before
    }

    /// After request `index` has finished in the transport, gives its task the moment it needs to
    /// post (or not), so a test can check that nothing was posted.
    func settle(_ index: Int) async -> Bool {
        let finished = await eventually { transport.hasFinished(index) }
        try? await Task.sleep(for: .milliseconds(50))
        return finished
    }
}

let balanceJSON = #"{"details": {"currency": "USD", "acc_balance": "12.50", "acc_credit": "0.00"}}"#
let otherBalanceJSON = #"{"details": {"currency": "EUR", "acc_balance": "3.00", "acc_credit": "1.00"}}"#
let servicesJSON = #"{"services": [{"id": "301", "domain": "examplename.com", "name": "Starter Hosting", "status": "Active", "billingcycle": "Monthly", "next_due": "2026-12-30", "total": "9.99"}]}"#

func decoded(_ text: String) throws -> JSONValue { try JSONValue.parse(Data(text.utf8)) }
