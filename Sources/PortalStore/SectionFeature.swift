/// A section of the portal: its own state, reducer and navigation, scoped by the top level.
public protocol SectionFeature: Sendable, Equatable {
    /// A user intent while this section is on screen.
    mutating func reduce(_ action: Action, _ ctx: inout SectionContext) -> [Effect]
    /// A response for one of this section's request slots (stale ones never get here).
    mutating func apply(_ response: Response, slot: RequestSlot, _ ctx: inout SectionContext) -> [Effect]
    /// The user switched to this section: the first time it loads; later it keeps what it shows and refreshes.
    mutating func activate(_ ctx: inout SectionContext) -> [Effect]
    /// The screen changed size: keep the selection visible.
    mutating func resized(_ ctx: inout SectionContext)
}

extension SectionFeature {
    public mutating func resized(_ ctx: inout SectionContext) {}
}

/// What the top level hands to a section.
enum SectionOperation {
    case action(Action)
    case response(Response, RequestSlot)
    case activate
    case resize
}

extension SectionFeature {
    mutating func handle(_ operation: SectionOperation, _ ctx: inout SectionContext) -> [Effect] {
        switch operation {
        case .action(let action): return reduce(action, &ctx)
        case .response(let response, let slot): return apply(response, slot: slot, &ctx)
        case .activate: return activate(&ctx)
        case .resize: resized(&ctx); return []
        }
    }
}
