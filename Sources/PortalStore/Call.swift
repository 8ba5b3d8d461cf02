/// One API operation the store asks for; the effect runner maps it onto `PortalClient`.
public enum Call: Sendable, Hashable {
    case login
    case balance
    case services
    case service(id: String)
    case serviceMethods(id: String)
    case setLabel(serviceID: String, label: String)
    case cancel(serviceID: String, immediate: Bool, reason: String)
    case upgradeOptions(serviceID: String)
    /// `choices` maps a resource id to its new value; `send` false asks only for an estimate.
    case upgrade(serviceID: String, choices: [String: UpgradeValue], send: Bool)
}

/// A new value for an upgrade resource: an item (dropdown, radio) or a quantity (slider, qty).
public enum UpgradeValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case item(String)
    case quantity(Int)

    public init(stringLiteral value: String) { self = .item(value) }
    public init(integerLiteral value: Int) { self = .quantity(value) }
}
