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
    /// `choices` maps a resource id to the chosen item id; `send` false asks only for an estimate.
    case upgrade(serviceID: String, choices: [String: String], send: Bool)
}
