import Foundation
import PortalAPI

extension AppState {
    mutating func reduceUpgrade(_ action: Action) -> [Effect] {
        guard var pane = upgrade else { route = .services; return [] }
        let resources = pane.options.value?.resources ?? []
        switch action {
        case .back, .cancelInput:
            let effects = cancelRequest(.upgradeOptions) + cancelRequest(.upgradeQuote)
            upgrade = nil
            route = detail.map { .serviceDetail(id: $0.serviceID) } ?? .services
            return effects
        case .refresh:
            pane.options.startLoading()
            upgrade = pane
            return [request(.upgradeOptions, .upgradeOptions(serviceID: pane.serviceID))]
        case .move(let delta):
            guard !resources.isEmpty else { return [] }
            pane.focus = min(max(0, pane.focus + delta), resources.count - 1)
            upgrade = pane
        case .changeOption(let delta):
            guard pane.focus < resources.count else { return [] }
            let resource = resources[pane.focus]
            guard let value = UpgradeState.value(of: resource, steppedBy: delta, from: pane.value(for: resource)) else { return [] }
            pane.choices[resource.id] = value
            upgrade = pane
            return requestEstimate()
        case .submit:
            guard pane.hasChanges, pane.quote.value != nil, !pane.quote.isLoading, detail?.offered.contains(.upgrade) ?? false else {
                flash = Flash(.error, pane.hasChanges ? "Wait for the estimate before sending." : "Choose a different option first.")
                return []
            }
            pane.confirming = true
            pane.yesFocused = false
            upgrade = pane
        default:
            break
        }
        return []
    }

    /// Asks the server for an estimate of the current choices (`send` false).
    mutating func requestEstimate() -> [Effect] {
        guard var pane = upgrade else { return [] }
        guard pane.hasChanges else {
            pane.quote = .idle
            upgrade = pane
            return cancelRequest(.upgradeQuote)
        }
        guard detail?.offered.contains(.upgrade) ?? true else { return [] }
        pane.quote.startLoading()
        upgrade = pane
        return [request(.upgradeQuote, .upgrade(serviceID: pane.serviceID, choices: pane.changedChoices, send: false))]
    }

    mutating func reduceUpgradeConfirm(_ action: Action) -> [Effect] {
        guard var pane = upgrade else { return [] }
        if pane.sending { return [] }
        switch action {
        case .changeOption(let delta): pane.yesFocused = delta > 0
        case .focusNext, .focusPrevious: pane.yesFocused.toggle()
        case .submit:
            if pane.yesFocused { return sendUpgrade(&pane) }
            pane.confirming = false
        case .confirm:
            return sendUpgrade(&pane)
        case .dismiss, .cancelInput, .back:
            pane.confirming = false
        default:
            return []
        }
        upgrade = pane
        return []
    }

    private mutating func sendUpgrade(_ pane: inout UpgradeState) -> [Effect] {
        pane.sending = true
        upgrade = pane
        return [request(.upgradeSend, .upgrade(serviceID: pane.serviceID, choices: pane.changedChoices, send: true))]
    }

    mutating func applyUpgradeOptions(_ result: Result<UpgradeOptions, APIError>) -> [Effect] {
        guard var pane = upgrade else { return [] }
        switch result {
        case .success(let options):
            pane.options = .loaded(options)
            pane.focus = min(pane.focus, max(0, options.resources.count - 1))
        case .failure(let error):
            pane.options.fail(error.message)
        }
        upgrade = pane
        return []
    }

    mutating func applyUpgradeResult(_ result: Result<UpgradeQuote, APIError>, slot: RequestSlot) -> [Effect] {
        guard var pane = upgrade else { return [] }
        if slot == .upgradeSend {
            pane.sending = false
            switch result {
            case .success(let quote):
                upgrade = nil
                route = detail.map { .serviceDetail(id: $0.serviceID) } ?? .services
                flash = Flash(.info, quote.messages.isEmpty ? "Upgrade requested." : quote.messages.text)
                var effects = loadServices()
                if var d = detail {
                    d.detail.startLoading()
                    detail = d
                    effects.append(request(.serviceDetail, .service(id: d.serviceID)))
                }
                return effects
            case .failure(let error):
                pane.confirming = false
                flash = Flash(.error, error.message)
                upgrade = pane
                return []
            }
        }
        switch result {
        case .success(let quote): pane.quote = .loaded(quote)
        case .failure(let error): pane.quote.fail(error.message)
        }
        upgrade = pane
        return []
    }
}

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
            return .quantity(resource.currentQuantity.map { NSDecimalNumber(decimal: $0).intValue } ?? 0)
        }
        guard let item = resource.selectedItem ?? resource.items.first else { return nil }
        return .item(item.id)
    }

    /// The next value after `current` in direction `delta`: the next item (wrapping) or the
    /// quantity changed by one within the resource's bounds.
    static func value(of resource: UpgradeResource, steppedBy delta: Int, from current: UpgradeValue?) -> UpgradeValue? {
        if resource.takesQuantity {
            guard case .quantity(let q) = current ?? .quantity(0) else { return nil }
            let low = resource.minimum.map { NSDecimalNumber(decimal: $0).intValue } ?? 0
            let high = resource.maximum.map { NSDecimalNumber(decimal: $0).intValue } ?? Int.max
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
        var diff = Decimal(0)
        for resource in options.value?.resources ?? [] {
            guard let chosen = choices[resource.id] else { continue }
            switch (chosen, Self.currentValue(of: resource)) {
            case (.quantity(let new), .quantity(let old)?):
                diff += Decimal(new - old) * ((resource.selectedItem ?? resource.items.first)?.price ?? 0)
            case (.item(let id), _):
                let price = resource.items.first { $0.id == id }?.price ?? 0
                diff += price - (resource.selectedItem?.price ?? 0)
            default:
                break
            }
        }
        return diff
    }
}
