import PortalAPI

/// The invoices section. (Stub until the billing section lands: it only keeps its place.)
public struct InvoicesState: Equatable, Sendable {
    public var stack: [InvoicesRoute] = []
    public init() {}
    public var route: InvoicesRoute { stack.last ?? .list }
}

public enum InvoicesRoute: Sendable, Equatable {
    case list
    case detail(id: String)
}

extension InvoicesState: SectionFeature {
    public mutating func reduce(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        switch action {
        case .back:
            if stack.isEmpty { return [.quit] }
            stack.removeLast()
        default: break
        }
        return []
    }

    public mutating func apply(_ response: Response, slot: RequestSlot, _ ctx: inout SectionContext) -> [Effect] { [] }

    public mutating func activate(_ ctx: inout SectionContext) -> [Effect] { [] }

    /// Opens one invoice (from another section, e.g. after an order).
    public mutating func open(invoiceID: String, _ ctx: inout SectionContext) -> [Effect] {
        stack = [.detail(id: invoiceID)]
        return []
    }
}
