/// Which slot a request occupies. A newer request in the same slot cancels the older one.
public enum RequestSlot: String, Sendable, Hashable, CaseIterable {
    case session, balance, profiles
    case services, serviceDetail, serviceMethods, label, cancel, upgradeOptions, upgradeQuote, upgradeSend
    case invoices, invoiceDetail, applyCredit
    case categories, products, productConfiguration, order

    /// The section whose responses arrive in this slot; nil for the global ones (session, balance).
    public var section: Section? {
        switch self {
        case .session, .balance, .profiles: return nil
        case .services, .serviceDetail, .serviceMethods, .label, .cancel, .upgradeOptions, .upgradeQuote, .upgradeSend:
            return .services
        case .invoices, .invoiceDetail, .applyCredit: return .invoices
        case .categories, .products, .productConfiguration, .order: return .catalogue
        }
    }
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
