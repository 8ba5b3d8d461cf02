/// Which request each slot waits for. A slot is in flight while it has an entry; a newer request
/// in a slot supersedes the older one, and a response whose generation is not awaited is stale.
public struct RequestBook: Sendable, Equatable {
    public private(set) var pending: [RequestSlot: Int] = [:]
    public private(set) var lastGeneration = 0

    public init() {}

    public var anyInFlight: Bool { !pending.isEmpty }

    public func isPending(_ slot: RequestSlot) -> Bool { pending[slot] != nil }

    /// Starts a request in `slot`, superseding any request already there.
    public mutating func start(_ slot: RequestSlot, _ call: Call) -> Effect {
        lastGeneration += 1
        pending[slot] = lastGeneration
        return .request(RequestKey(slot, generation: lastGeneration), call)
    }

    /// Cancels whatever runs in `slot` (no effect when nothing does).
    public mutating func cancel(_ slot: RequestSlot) -> [Effect] {
        guard let generation = pending.removeValue(forKey: slot) else { return [] }
        return [.cancel(RequestKey(slot, generation: generation))]
    }

    /// Accepts the response for `key` if it is the one awaited; false for a stale one.
    public mutating func settle(_ key: RequestKey) -> Bool {
        guard pending[key.slot] == key.generation else { return false }
        pending[key.slot] = nil
        return true
    }
}
