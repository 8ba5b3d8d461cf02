/// The portal's top-level sections, in the order of their keys (1, 2, 3) and of Tab.
public enum Section: Int, Sendable, Equatable, CaseIterable {
    case services, invoices, catalogue

    public var title: String {
        switch self {
        case .services: return "Services"
        case .invoices: return "Invoices"
        case .catalogue: return "Catalogue"
        }
    }

    /// The next section (Tab) or the previous one (Shift-Tab), wrapping around.
    public func stepped(by delta: Int) -> Section {
        let all = Self.allCases
        return all[((rawValue + delta) % all.count + all.count) % all.count]
    }
}
