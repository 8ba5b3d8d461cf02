import FoundationEssentials
import PortalAPI

extension UpgradeState {
    /// The chosen value per resource that differs from what the service has now.
    public var changedChoices: [String: UpgradeValue] {
        var changed: [String: UpgradeValue] = [:]
        for resource in options.value?.resources ?? [] {
            guard let chosen = choices[resource.id], chosen != Self.currentValue(of: resource) else { continue }
            changed[resource.id] = chosen
        }
        return changed
    }

    public var hasChanges: Bool { !changedChoices.isEmpty }

    /// The value shown for a resource: the user's choice, else the current one.
    public func value(for resource: UpgradeResource) -> UpgradeValue? {
        choices[resource.id] ?? Self.currentValue(of: resource)
    }

    /// The item shown as chosen for an item-type resource.
    public func chosenItemID(for resource: UpgradeResource) -> String? {
        if case .item(let id) = value(for: resource) { return id }
        return nil
    }

    /// What the service has now: a quantity for quantity types, else the selected item.
    public static func currentValue(of resource: UpgradeResource) -> UpgradeValue? {
        if resource.takesQuantity {
            return .quantity(resource.currentQuantity.flatMap(\.wholeNumber) ?? 0)
        }
        guard let item = resource.selectedItem ?? resource.items.first else { return nil }
        return .item(item.id)
    }

    /// The next value after `current` in direction `delta`: the next item (wrapping) or the
    /// quantity changed by one within the resource's bounds.
    static func value(of resource: UpgradeResource, steppedBy delta: Int, from current: UpgradeValue?) -> UpgradeValue? {
        if resource.takesQuantity {
            guard case .quantity(let q) = current ?? .quantity(0) else { return nil }
            let low = resource.minimum.flatMap(\.wholeNumber) ?? 0
            let high = resource.maximum.flatMap(\.wholeNumber) ?? Int.max
            return .quantity(min(max(low, q + delta), high))
        }
        guard !resource.items.isEmpty else { return nil }
        let currentID: String? = { if case .item(let id) = current { return id } else { return nil } }()
        let index = resource.items.firstIndex { $0.id == currentID } ?? 0
        let next = ((index + delta) % resource.items.count + resource.items.count) % resource.items.count
        return .item(resource.items[next].id)
    }

    /// Recurring price difference per cycle of the chosen values against the current ones.
    public var difference: Decimal {
        (options.value?.resources ?? []).reduce(Decimal(0)) { $0 + priceChange(of: $1) }
    }

    /// What choosing another value for `resource` changes the recurring price by (0 when unchanged).
    public func priceChange(of resource: UpgradeResource) -> Decimal {
        guard let chosen = choices[resource.id] else { return 0 }
        switch (chosen, Self.currentValue(of: resource)) {
        case (.quantity(let new), .quantity(let old)?):
            return Decimal(new - old) * ((resource.selectedItem ?? resource.items.first)?.price ?? 0)
        case (.item(let id), _):
            let price = resource.items.first { $0.id == id }?.price ?? 0
            return price - (resource.selectedItem?.price ?? 0)
        default:
            return 0
        }
    }
}
