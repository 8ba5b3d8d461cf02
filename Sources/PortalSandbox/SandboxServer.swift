import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// Starts a sandbox on 127.0.0.1. Tests use it in-process; `pio-sandbox` wraps it in a CLI.
public final class SandboxServer {
    public static func start(_ options: SandboxOptions) async throws -> RunningSandbox {
        let dataset = try Datasets.make(options)
        let log = try RequestLog(path: options.requestLogPath)
        var state = SandboxState(dataset: dataset)
        if let password = options.accountPassword { state.account.password = password }
        let responder = try SandboxResponder(state: state, options: options, log: log)
        let quiet = Logger(label: "pio-sandbox", factory: { _ in SwiftLogNoOpLogHandler() })
        let portSignal = PortSignal()

        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname("127.0.0.1", port: options.port), serverName: "pio-sandbox"),
            onServerRunning: { channel in portSignal.resolve(.success(channel.localAddress?.port ?? 0)) },
            logger: quiet)
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: quiet))
        let task = Task {
            do {
                try await group.run()
                portSignal.resolve(.failure(SandboxError.invalidOption("server stopped before listening")))
            } catch {
                portSignal.resolve(.failure(error))
            }
        }
        do {
            let port = try await portSignal.wait()
            return RunningSandbox(port: port, responder: responder, group: group, task: task)
        } catch {
            log.close()
            throw SandboxError.invalidOption("cannot listen on 127.0.0.1:\(options.port): \(error)")
        }
    }
}

/// A one-shot value handed from `onServerRunning` (or a failed start) to `start`.
private final class PortSignal: Sendable {
    private let state = Mutex<(result: Result<Int, any Error>?, waiter: CheckedContinuation<Int, any Error>?)>((nil, nil))

    func resolve(_ result: Result<Int, any Error>) {
        let waiter: CheckedContinuation<Int, any Error>? = state.withLock { s in
            if s.result != nil { return nil }
            s.result = result
            defer { s.waiter = nil }
            return s.waiter
        }
        waiter?.resume(with: result)
    }

    func wait() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            let ready: Result<Int, any Error>? = state.withLock { s in
                if let r = s.result { return r }
                s.waiter = continuation
                return nil
            }
            if let ready { continuation.resume(with: ready) }
        }
    }
}

/// A started sandbox. `stop()` ends hung requests, closes connections and waits for the server to finish.
public final class RunningSandbox: Sendable {
    public let port: Int
    public var baseURL: String { "http://127.0.0.1:\(port)/api" }

    private let responder: SandboxResponder
    private let group: ServiceGroup
    private let task: Task<Void, Never>

    init(port: Int, responder: SandboxResponder, group: ServiceGroup, task: Task<Void, Never>) {
        self.port = port
        self.responder = responder
        self.group = group
        self.task = task
    }

    /// Every request so far, oldest first (status 0: no answer was sent, see `hang` / `resetAfterCommit`).
    public func requestLog() -> [LoggedRequest] { responder.log.all() }

    public func stop() async {
        responder.stopping.store(true, ordering: .relaxed)
        await group.triggerGracefulShutdown()
        await task.value
        responder.log.close()
    }
}
