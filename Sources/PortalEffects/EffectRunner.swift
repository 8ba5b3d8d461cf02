import PortalAPI
import PortalStore
import Synchronization

/// Runs effects as Swift tasks and posts their results as actions. A request cancels the task
/// already running in its slot; a cancelled task posts nothing. Never touches state or the terminal.
public final class EffectRunner: Sendable {
    /// Nil until someone signs in through the form; replaced by every sign-in.
    private let client: Mutex<PortalClient?>
    private let sessions: (any SessionProvider)?
    private let post: @Sendable (Action) -> Void
    private let tasks = Mutex<[RequestSlot: (generation: Int, task: Task<Void, Never>)]>([:])

    public init(client: PortalClient?, sessions: (any SessionProvider)? = nil, post: @escaping @Sendable (Action) -> Void) {
        self.client = Mutex(client)
        self.sessions = sessions
        self.post = post
    }

    /// The client requests go to now.
    public var currentClient: PortalClient? { client.withLock { $0 } }

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
        case .quit, .copyToClipboard:
            break   // the terminal loop's
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
        let post = self.post
        // The task is registered under the lock it needs to finish, so even an instant answer
        // finds itself registered.
        let older = tasks.withLock { tasks -> Task<Void, Never>? in
            let task = Task { [weak self] in
                let response = await self?.perform(call) ?? .login(.failure(.cancelled))
                let current = self?.finish(key) ?? false
                if current && !Task.isCancelled { post(.received(key, response)) }
                // Said once per client, after whichever request made it fall back to HTTP Basic.
                if let notice = await self?.currentClient?.takeBasicAuthNotice() { post(.notice(notice)) }
            }
            let old = tasks[key.slot]?.task
            tasks[key.slot] = (key.generation, task)
            return old
        }
        older?.cancel()
    }

    /// Sign-in, sign-out and a profile switch change the client; everything else goes to the current one.
    private func perform(_ call: Call) async -> Response {
        switch call {
        case .signIn(let request):
            guard let sessions else { return .signIn(.failure(.notLoggedIn)) }
            return .signIn(await CallPerformer.result {
                let fresh = try await sessions.signIn(request)
                client.withLock { $0 = fresh }
                return SignedIn(account: SignInAccount(url: request.url, email: request.email))
            })
        case .signOut:
            let old = client.withLock { current -> PortalClient? in defer { current = nil }; return current }
            guard let sessions else { return .signOut(.success(.localOnly("no session store"))) }
            return .signOut(.success(await sessions.signOut(old)))
        case .profiles:
            guard let sessions else { return CallPerformer.notSignedIn(call) }
            return .profiles(await CallPerformer.result { try await sessions.profiles() })
        case .switchProfile(let name):
            guard let sessions else { return CallPerformer.notSignedIn(call) }
            return .profileSwitch(await CallPerformer.result {
                let switched = try await sessions.switchProfile(name)
                // The old client only closes its connections: its session file stays as it is.
                let old = client.withLock { current -> PortalClient? in defer { current = switched.client }; return current }
                await old?.shutdown()
                return switched.outcome
            })
        default:
            guard let current = currentClient else { return CallPerformer.notSignedIn(call) }
            return await CallPerformer.perform(call, with: current)
        }
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
