import Glibc
import PortalTerminal

/// Runs the blocking terminal loop on a thread of its own, so it never holds one of the few
/// cooperative-pool threads that the network tasks need.
enum UIThread {
    static func run(_ body: @escaping @Sendable () throws -> Int32) async -> Result<Int32, any Error> {
        await withCheckedContinuation { continuation in
            let job = Job { continuation.resume(returning: Result { try body() }) }
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            pthread_attr_setstacksize(&attributes, 8 << 20)
            pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
            var thread = pthread_t()
            let retained = Unmanaged.passRetained(job)
            let started = pthread_create(&thread, &attributes, { raw in
                let job = Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue()
                ProcessGuard.prepareThread()
                job.body()
                return nil
            }, retained.toOpaque())
            pthread_attr_destroy(&attributes)
            if started != 0 {
                retained.release()
                continuation.resume(returning: .failure(UIThreadError(code: started)))
            }
        }
    }

    struct UIThreadError: Error, CustomStringConvertible {
        let code: Int32
        var description: String { "cannot start the UI thread (error \(code))" }
    }

    private final class Job: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }
}
