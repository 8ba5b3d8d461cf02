import Foundation
import PortalAPI

/// A transport whose requests wait until the test answers them, so each test decides when (and
/// whether) an answer arrives. Records requests, cancellations and finished sends.
final class GatedTransport: Transport, @unchecked Sendable {
    /// When false, a cancelled request keeps waiting for its answer (a server that answers anyway).
    let honoursCancellation: Bool
    private let lock = NSLock()
    private var log: [HTTPRequest] = []
    private var waiting: [Int: CheckedContinuation<HTTPResponse, any Error>] = [:]
    private var cancelledIndices: Set<Int> = []
    private var finishedIndices: Set<Int> = []

    init(honoursCancellation: Bool = true) { self.honoursCancellation = honoursCancellation }

    func send(_ request: HTTPRequest, timeout: Duration, maxBytes: Int) async throws -> HTTPResponse {
        let index: Int = lock.withLock { log.append(request); return log.count - 1 }
        defer { lock.withLock { _ = finishedIndices.insert(index) } }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let cancelledAlready = lock.withLock {
                    waiting[index] = continuation
                    return cancelledIndices.contains(index) && honoursCancellation
                }
                if cancelledAlready { resume(index, with: .failure(TransportError.cancelled)) }
            }
        } onCancel: {
            lock.withLock { _ = cancelledIndices.insert(index) }
            if honoursCancellation { resume(index, with: .failure(TransportError.cancelled)) }
        }
    }

    func shutdown() async {}

    /// Answers request `index` (0-based, in arrival order).
    func answer(_ index: Int, _ body: String, status: Int = 200) {
        resume(index, with: .success(HTTPResponse(status: status, body: Data(body.utf8))))
    }

    func fail(_ index: Int, _ error: TransportError) { resume(index, with: .failure(error)) }

    private func resume(_ index: Int, with result: Result<HTTPResponse, any Error>) {
        let continuation = lock.withLock { waiting.removeValue(forKey: index) }
        continuation?.resume(with: result)
    }

    var requests: [HTTPRequest] { lock.withLock { log } }
    func wasCancelled(_ index: Int) -> Bool { lock.withLock { cancelledIndices.contains(index) } }
    func hasFinished(_ index: Int) -> Bool { lock.withLock { finishedIndices.contains(index) } }
    func isWaiting(_ index: Int) -> Bool { lock.withLock { waiting[index] != nil } }
}
