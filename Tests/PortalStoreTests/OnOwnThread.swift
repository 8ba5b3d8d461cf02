import Foundation

/// Runs CPU-heavy test work on a thread of its own. A synchronous test holds one of the few
/// cooperative threads (two on this machine) for as long as it runs, and the sandbox tests running
/// beside it then wait for one, long enough to time out on a loaded machine.
func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { done in
        let thread = Thread { done.resume(returning: body()) }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
