import FoundationEssentials
import PortalAPI

/// What `pio order` needs beyond the pane: several `FORM=VALUE` settings that settle together, and an
/// order body (`--config FILE.json`, as `--dry-run --json` prints it) read back into the same model.
extension Configurator {
    /// The text an encrypted value is printed as; read back, it means "not given".
    public static let maskedSecret = "***"

    /// Sets every `(key, text)` until the form settles: a field that a later choice reveals is set once it is
    /// shown, and a value a `setval` rule overwrote is put back (what the customer typed wins, as in the pane
    /// when they change a field after the rule ran). Throws the first refusal left when nothing changes any more.
    public mutating func apply(_ settings: [(key: String, text: String)]) throws(ConfiguratorInputError) {
        var refusal: ConfiguratorInputError?
        for _ in 0...settings.count {
            let before = self
            refusal = nil
            for s in settings {
                do { try set(s.key, to: s.text) } catch { refusal = refusal ?? error }
            }
            if self == before { break }
        }
        if let refusal { throw refusal }
    }

    /// Reads an order body in the shapes `orderRequest()` writes. Unknown keys, forms and addons are refused with
    /// their name; a `***` encrypted value is left empty. Returns the pay method and promotion code it holds.
    @discardableResult
    public mutating func apply(body: JSONValue) throws(ConfiguratorInputError) -> (payMethod: String?, promocode: String?) {
        guard case .object = body else { throw ConfiguratorInputError("the order body must be a JSON object") }
        let known: Set<String> = ["cycle", "domain", "pay_method", "promocode", "custom", "addon", "addon_cycles",
                                  "subproducts", "subproducts_cycles"]
        if let unknown = body.object.keys.sorted().first(where: { !known.contains($0) }) {
            throw ConfiguratorInputError("the order body has an unknown key \"\(unknown)\"; it takes \(known.sorted().joined(separator: ", "))")
        }
        if let cycle = body["cycle"].string { try setCycle(cycle) }
        if let name = body["domain"].string { try set("domain", to: name) }
        var settings: [(key: String, text: String)] = []
        for (id, raw) in body["custom"].object.sorted(by: { $0.key < $1.key }) {
            guard let f = field(id) else { throw ConfiguratorInputError("\(product.name.value) has no option \(id)") }
            if let text = Configurator.settingText(raw, for: f) { settings.append((id, text)) }
        }
        try apply(settings)
        let cycles = body["addon_cycles"].object
        for (id, on) in body["addon"].object.sorted(by: { $0.key < $1.key }) where on.bool ?? false {
            try chooseAddon(id, cycle: cycles[id]?.string)
        }
        let subCycles = body["subproducts_cycles"].object
        for (id, on) in body["subproducts"].object.sorted(by: { $0.key < $1.key }) where on.bool ?? false {
            try chooseSubproduct(id, cycle: subCycles[id]?.string)
        }
        return (body["pay_method"].string, body["promocode"].string)
    }

    /// Ticks a sub-product, in its first cycle or the one `cycle` names (a symbol or a word).
    public mutating func chooseSubproduct(_ id: String, cycle: String?) throws(ConfiguratorInputError) {
        guard let i = subproducts.firstIndex(where: { $0.id == id }) else {
            throw ConfiguratorInputError("\(product.name.value) has no sub-product \(id)")
        }
        subproducts[i].chosen = true
        if let cycle {
            let wanted = BillingCycle(cycle)
            guard let c = subproducts[i].addon.cycles.firstIndex(where: { $0.cycle.raw == wanted.raw || ($0.cycle.symbol != nil && $0.cycle.symbol == wanted.symbol) }) else {
                throw ConfiguratorInputError("Sub-product \(subproducts[i].addon.title.value) is not offered \(wanted.label)")
            }
            subproducts[i].cycleIndex = c
        }
    }

    /// The `--set` text for a `custom` value: an item id, a comma list of ids, a number, `ITEM:N`, or the text.
    static func settingText(_ raw: JSONValue, for f: ConfiguratorField) -> String? {
        let pairs = raw.object.sorted { $0.key < $1.key }
        switch f.value {
        case .pickOne:
            return pairs.first { $0.value.bool ?? false }?.key ?? raw.string
        case .toggles:
            if case .array(let ids) = raw { return ids.compactMap(\.string).joined(separator: ",") }
            return pairs.filter { $0.value.bool ?? false }.map(\.key).joined(separator: ",")
        case .quantity:
            return pairs.first?.value.string ?? raw.string
        case .pickOneWithQuantity:
            return pairs.first.map { "\($0.key):\($0.value.string ?? "")" } ?? raw.string
        case .text:
            let text = pairs.first?.value.string ?? raw.string
            return f.form.kind.isSecret && text == maskedSecret ? nil : text
        case .serverDefault:
            return raw.string ?? ""
        }
    }

    /// The field `key` names, as `set(_:to:)` reads it: a form id, else a title (case-insensitive).
    public func field(named key: String) -> ConfiguratorField? {
        let k = key.trimmingWhitespace()
        return field(k) ?? fields.first { $0.title.equalsIgnoringCase(k) }
    }

    /// The body `orderRequest` makes, with the values of encrypted fields replaced by `***`, for printing.
    public func maskedBody(_ request: OrderRequest) -> JSONValue {
        var masked = request
        for (id, value) in request.custom {
            if case .text(let item, _) = value, field(id)?.form.kind.isSecret == true {
                masked.custom[id] = .text(itemID: item, Configurator.maskedSecret)
            }
        }
        return masked.body
    }

    /// The problems of `problems()` in the order the form shows the fields.
    public var orderedProblems: [(key: FieldKey, message: String)] {
        let all = problems()
        let order = visibleKeys
        return all.sorted { (order.firstIndex(of: $0.key) ?? Int.max, $0.key.description) < (order.firstIndex(of: $1.key) ?? Int.max, $1.key.description) }
            .map { ($0.key, $0.value) }
    }
}
