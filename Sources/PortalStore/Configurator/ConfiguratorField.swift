import FoundationEssentials
import PortalAPI

/// One configurable option with the customer's value and whether conditionals hide it.
public struct ConfiguratorField: Sendable, Equatable, Identifiable {
    public let form: FormField
    public let rule: QuantityRule
    public var value: FieldValue
    public var hidden: Bool

    public init(form: FormField) {
        self.form = form
        rule = QuantityRule(field: form)
        value = FieldValue.initial(for: form, rule: rule)
        hidden = false
    }

    public var id: String { form.id }
    public var title: String { form.title.isEmpty ? "Option \(form.id)" : form.title.value }

    public func item(_ id: String?) -> FormItem? {
        guard let id else { return nil }
        return form.items.first { $0.id == id }
    }

    /// The item a single-item type (qty, sliders, text) is submitted under.
    public var firstItemID: String { form.firstItemID ?? form.items.first?.id ?? form.id }
}

/// A field of the configurator as focus, errors and scripts name it.
public enum FieldKey: Sendable, Hashable, CustomStringConvertible {
    case cycle, domain
    case form(String)
    case addon(String)
    case subproduct(String)

    public var description: String {
        switch self {
        case .cycle: return "cycle"
        case .domain: return "domain"
        case .form(let id): return id
        case .addon(let id): return "addon \(id)"
        case .subproduct(let id): return "subproduct \(id)"
        }
    }
}

/// An addon or sub-product: ticked or not, and the cycle it is billed in.
public struct ExtraChoice: Sendable, Equatable, Identifiable {
    public let addon: Addon
    public var chosen: Bool
    public var cycleIndex: Int

    public init(addon: Addon) {
        self.addon = addon
        chosen = addon.checkedByDefault
        cycleIndex = addon.cycles.firstIndex { $0.selected } ?? 0
    }

    public var id: String { addon.id }
    public var period: PricePeriod? { addon.cycles.indices.contains(cycleIndex) ? addon.cycles[cycleIndex] : nil }
    public var cycleSymbol: String? { period.map { $0.cycle.symbol ?? $0.cycle.raw } }
}
