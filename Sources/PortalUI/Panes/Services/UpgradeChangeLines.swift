import FoundationEssentials
import PortalAPI
import PortalStore

/// One line per resource the user changed: what it has now, what was chosen, and what that does to
/// the recurring price ("Bandwidth: 100 GB → 500 GB  +4.00 USD").
enum UpgradeChangeLines {
    static func lines(_ pane: UpgradeState, money: AmountStyle) -> [String] {
        let changed = pane.changedChoices
        return (pane.options.value?.resources ?? []).compactMap { resource in
            guard let chosen = changed[resource.id] else { return nil }
            let from = text(UpgradeState.currentValue(of: resource), in: resource)
            let to = text(chosen, in: resource)
            return "\(resource.name.value): \(from) → \(to)  \(money.signed(pane.priceChange(of: resource)))"
        }
    }

    static func text(_ value: UpgradeValue?, in resource: UpgradeResource) -> String {
        switch value {
        case .quantity(let n): return "\(n)"
        case .item(let id): return resource.items.first { $0.id == id }?.name.value ?? "—"
        default: return "—"
        }
    }
}
