import Foundation

/// Runs the blocking terminal loop on a thread of its own, so it never holds one of the few
/// cooperative-pool threads that the network tasks need.
enum UIThread {
    static func run(_ body: @escaping @Sendable () throws -> Int32) async -> Result<Int32, any Error> {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: Result { try body() })
            }
            thread.name = "pio-ui"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
