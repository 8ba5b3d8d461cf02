import PortalAPI
import PortalStore
import Synchronization

/// Runs effects as Swift tasks and posts their results as actions. A request cancels the task
/// already running in its slot; a cancelled task posts nothing. Never touches state or the terminal.
public final class EffectRunner: Sendable {
    private let client: PortalClient
    private let post: @Sendable (Action) -> Void
    private let tasks = Mutex<[RequestSlot: (generation: Int, task: Task<Void, Never>)]>([:])

    public init(client: PortalClient, post: @escaping @Sendable (Action) -> Void) {
        self.client = client
        self.post = post
    }

    public func run(_ effect: Effect) {
        switch effect {
        case .request(let key, let call):
            start(key, call)
        case .cancel(let key):
            let running = tasks.withLock { tasks -> Task<Void, Never>? in
                guard let entry = tasks[key.slot], entry.generation == key.generation else { return nil }
                tasks[key.slot] = nil
                return entry.task
            }
            running?.cancel()
        case .quit:
            break
        }
    }

    public func cancelAll() {
        let all = tasks.withLock { tasks in
            defer { tasks.removeAll() }
            return tasks.values.map(\.task)
        }
        for task in all { task.cancel() }
    }

    /// Requests still running (for tests and diagnostics).
    public var runningSlots: Set<RequestSlot> { tasks.withLock { Set($0.keys) } }

    private func start(_ key: RequestKey, _ call: Call) {
        let client = self.client
        let post = self.post
        // The task is registered under the lock it needs to finish, so even an instant answer
        // finds itself registered.
        let older = tasks.withLock { tasks -> Task<Void, Never>? in
            let task = Task { [weak self] in
                let response = await CallPerformer.perform(call, with: client)
                let current = self?.finish(key) ?? false
                if current && !Task.isCancelled { post(.received(key, response)) }
            }
            let old = tasks[key.slot]?.task
            tasks[key.slot] = (key.generation, task)
            return old
        }
        older?.cancel()
    }

    /// Removes a finished task; false when a newer request has replaced it.
    private func finish(_ key: RequestKey) -> Bool {
        tasks.withLock { tasks in
            guard let entry = tasks[key.slot], entry.generation == key.generation else { return false }
            tasks[key.slot] = nil
            return true
        }
    }
}
