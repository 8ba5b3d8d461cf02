/// Which slot a request occupies. A newer request in the same slot cancels the older one.
public enum RequestSlot: String, Sendable, Hashable, CaseIterable {
    case session, services, balance, serviceDetail, serviceMethods, label, cancel, upgradeOptions, upgradeQuote, upgradeSend
}

/// A request's slot and generation. A response whose generation is no longer the one the state
/// waits for in that slot is stale and dropped.
public struct RequestKey: Sendable, Hashable, CustomStringConvertible {
    public let slot: RequestSlot
    public let generation: Int

    public init(_ slot: RequestSlot, generation: Int) {
        self.slot = slot
        self.generation = generation
    }

    public var description: String { "\(slot.rawValue)#\(generation)" }
}
