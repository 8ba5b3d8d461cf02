import FoundationEssentials
import PortalAPI

/// The product configurator's form model, built at run time from `GET /order/{id}`: the customer's
/// choices, which fields conditionals hide, validation errors and the price estimate derived from them.
/// Every change re-evaluates the conditionals. Shared by the catalogue pane and `pio order`.
public struct Configurator: Sendable, Equatable {
    public let product: ProductConfiguration
    public var cycleIndex: Int
    public var domain: TextFieldState
    public var fields: [ConfiguratorField]
    public var addons: [ExtraChoice]
    public var subproducts: [ExtraChoice]
    /// Set by `validate()`; a field's error goes when the field changes.
    public var errors: [FieldKey: String] = [:]

    public init(_ product: ProductConfiguration) {
        self.product = product
        let preset = product.productFields.first { $0.id == "cycle" }?.defaultValues.first
        cycleIndex = product.cycles.firstIndex { $0.cycle.raw == preset }
            ?? product.cycles.firstIndex { $0.selected } ?? 0
        let domainField = product.productFields.first { $0.id == "domain" }
        domain = TextFieldState(domainField?.defaultValues.first ?? "", maxLength: 253)
        fields = product.forms.map(ConfiguratorField.init(form:))
        addons = product.addons.map(ExtraChoice.init(addon:))
        subproducts = product.subproducts.map(ExtraChoice.init(addon:))
        refreshVisibility()
    }

    public var period: PricePeriod? { product.cycles.indices.contains(cycleIndex) ? product.cycles[cycleIndex] : nil }
    public var cycleSymbol: String { period.map { $0.cycle.symbol ?? $0.cycle.raw } ?? product.recurring.symbol ?? product.recurring.raw }

    public var domainRequired: Bool {
        product.asksForDomain && (product.productFields.first { $0.id == "domain" }?.required ?? false)
    }

    public func field(_ id: String) -> ConfiguratorField? { fields.first { $0.id == id } }
    func index(of id: String) -> Int? { fields.firstIndex { $0.id == id } }

    /// The fields in the order the form shows them, hidden ones left out.
    public var visibleKeys: [FieldKey] {
        var keys: [FieldKey] = product.cycles.isEmpty ? [] : [.cycle]
        if product.asksForDomain { keys.append(.domain) }
        keys += fields.filter { !$0.hidden }.map { .form($0.id) }
        keys += addons.map { .addon($0.id) } + subproducts.map { .subproduct($0.id) }
        return keys
    }

    // MARK: changes (each one re-runs the conditionals and clears the changed field's error)

    public mutating func setValue(_ value: FieldValue, of id: String) {
        guard let i = index(of: id), fields[i].value != value, !fields[i].hidden else { return }
        fields[i].value = value
        changed(id)
    }

    /// Picks `itemID` in a select, radio or selectqty field.
    public mutating func choose(_ itemID: String?, in id: String) {
        guard let f = field(id) else { return }
        switch f.value {
        case .pickOne: setValue(.pickOne(itemID), of: id)
        case .pickOneWithQuantity(_, let n): setValue(.pickOneWithQuantity(itemID, n), of: id)
        default: break
        }
    }

    /// Moves a pick-one field to the next (`by: 1`) or previous item, wrapping; from nothing to the first or last.
    public mutating func cycleChoice(in id: String, by delta: Int) {
        guard let f = field(id), !f.form.items.isEmpty else { return }
        let items = f.form.items
        let next: Int
        if let current = f.value.chosenItemID, let at = items.firstIndex(where: { $0.id == current }) {
            next = ((at + delta) % items.count + items.count) % items.count
        } else {
            next = delta >= 0 ? 0 : items.count - 1
        }
        choose(items[next].id, in: id)
    }

    public mutating func toggle(_ itemID: String, in id: String) {
        guard let f = field(id), case .toggles(var on) = f.value, f.item(itemID) != nil else { return }
        if on.contains(itemID) { on.remove(itemID) } else { on.insert(itemID) }
        setValue(.toggles(on), of: id)
    }

    /// Moves a quantity (or selectqty's number) by `steps` allowed steps.
    public mutating func adjust(_ id: String, by steps: Int) {
        guard let f = field(id) else { return }
        switch f.value {
        case .quantity(let n): setValue(.quantity(f.rule.moved(n, by: steps)), of: id)
        case .pickOneWithQuantity(let item, let n): setValue(.pickOneWithQuantity(item, f.rule.moved(n, by: steps)), of: id)
        default: break
        }
    }

    public mutating func edit(_ id: String, _ edit: TextEdit) {
        guard let f = field(id), case .text(var t) = f.value else { return }
        t.apply(edit)
        setValue(.text(t), of: id)
    }

    public mutating func cycleBillingCycle(by delta: Int) {
        guard !product.cycles.isEmpty else { return }
        let n = product.cycles.count
        cycleIndex = ((cycleIndex + delta) % n + n) % n
        errors[.cycle] = nil
    }

    public mutating func editDomain(_ edit: TextEdit) {
        domain.apply(edit)
        errors[.domain] = nil
    }

    public mutating func toggleExtra(_ key: FieldKey) {
        switch key {
        case .addon(let id): if let i = addons.firstIndex(where: { $0.id == id }) { addons[i].chosen.toggle() }
        case .subproduct(let id): if let i = subproducts.firstIndex(where: { $0.id == id }) { subproducts[i].chosen.toggle() }
        default: return
        }
        errors[key] = nil
    }

    public mutating func cycleExtraCycle(_ key: FieldKey, by delta: Int) {
        func step(_ e: inout ExtraChoice) {
            let n = e.addon.cycles.count
            guard n > 0 else { return }
            e.cycleIndex = ((e.cycleIndex + delta) % n + n) % n
        }
        switch key {
        case .addon(let id): if let i = addons.firstIndex(where: { $0.id == id }) { step(&addons[i]) }
        case .subproduct(let id): if let i = subproducts.firstIndex(where: { $0.id == id }) { step(&subproducts[i]) }
        default: return
        }
        errors[key] = nil
    }

    mutating func changed(_ id: String) {
        applySetValues(from: id)
        refreshVisibility()
        errors[.form(id)] = nil
        for f in fields where f.hidden { errors[.form(f.id)] = nil }
    }
}
