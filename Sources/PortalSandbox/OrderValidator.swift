import Foundation

/// Checks an order against the product's forms and prices it. Pure: no state changes.
struct OrderValidator {
    struct Line: Equatable {
        var description: String
        var recurring: Decimal
        var setup: Decimal
    }

    struct Plan {
        var cycle: String
        var domain: String
        var lines: [Line]
        var recurringTotal: Decimal { lines.reduce(Decimal(0)) { $0 + $1.recurring } }
        var total: Decimal { Money.rounded(lines.reduce(Decimal(0)) { $0 + $1.recurring + $1.setup }) }
    }

    static let promoCodes: [String: Decimal] = ["PIO10": 10]

    let product: Product

    func validate(_ params: JSON) -> Result<Plan, OrderErrors> {
        var errors: [String] = []
        let cycleText = params["cycle"]?.text ?? ""
        let cycle = cycleText.isEmpty ? product.periods.first?.cycle ?? "" : cycleText
        let period = product.periods.first { $0.cycle == cycle }
        if period == nil { errors.append("invalid_cycle") }

        let domain = (params["domain"]?.text ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        if product.requiresDomain && domain.isEmpty { errors.append("domain_required") }
        if !domain.isEmpty && !OrderValidator.isHostname(domain) { errors.append("invalid_domain") }

        let custom = params["custom"]?.objectFields ?? []
        for field in custom where !product.forms.contains(where: { String($0.id) == field.key }) {
            errors.append("Unknown configuration option \(field.key)")
        }
        var selections: [Int: OrderSelection] = [:]
        var unreadable: Set<Int> = []
        for form in product.forms {
            let before = errors.count
            selections[form.id] = OrderSelection.read(custom.last { $0.key == String(form.id) }?.value, for: form, errors: &errors)
            if errors.count > before { unreadable.insert(form.id) }
        }
        let visible = OrderValidator.visibleForms(product.forms, selections: selections)
        for form in product.forms where visible.contains(form.id) && !unreadable.contains(form.id) {
            let sel = selections[form.id] ?? .nothing
            if form.required && sel.isEmpty { errors.append("Field \"\(form.title)\" is required") }
            if case .quantity(let n) = sel { errors += OrderValidator.boundsErrors(n, form) }
        }

        var lines: [Line] = []
        if let period {
            let suffix = domain.isEmpty ? "" : " - \(domain)"
            lines.append(Line(description: "\(product.name)\(suffix) (\(BillingCycles.word(cycle)))",
                              recurring: period.price.value, setup: period.setup.value))
        }
        for form in product.forms where visible.contains(form.id) {
            lines += OrderValidator.lines(for: form, selection: selections[form.id] ?? .nothing)
        }
        lines += addonLines(params, errors: &errors)
        if let code = params["promocode"]?.text, !code.isEmpty {
            if let percent = OrderValidator.promoCodes[code.uppercased()] {
                let base = lines.reduce(Decimal(0)) { $0 + $1.recurring }
                lines.append(Line(description: "Promotion \(code.uppercased()): \(percent)% off",
                                  recurring: -Money.rounded(base * percent / 100), setup: 0))
            } else {
                errors.append("invalid_promocode")
            }
        }
        guard errors.isEmpty else { return .failure(OrderErrors(messages: errors)) }
        return .success(Plan(cycle: cycle, domain: domain, lines: lines))
    }

    private func addonLines(_ params: JSON, errors: inout [String]) -> [Line] {
        var out: [Line] = []
        let cycles = params["addon_cycles"]
        for field in params["addon"]?.objectFields ?? [] where field.value.truthy {
            guard let addon = product.addons.first(where: { String($0.id) == field.key }) else {
                errors.append("invalid_addon \(field.key)")
                continue
            }
            let symbol = cycles?[field.key]?.text ?? addon.cycles.first?.cycle ?? ""
            guard let p = addon.cycles.first(where: { $0.cycle == symbol }) else {
                errors.append("invalid_addon_cycle \(field.key)")
                continue
            }
            out.append(Line(description: "Addon: \(addon.title) (\(BillingCycles.word(symbol)))",
                            recurring: p.price.value, setup: p.setup.value))
        }
        return out
    }

    static func lines(for form: Form, selection: OrderSelection) -> [Line] {
        func item(_ id: Int) -> FormItem? { form.items.first { $0.id == id } }
        switch selection {
        case .item(let id):
            guard let it = item(id) else { return [] }
            return [Line(description: "\(form.title): \(it.title)", recurring: it.price.value, setup: it.setup.value)]
        case .items(let ids):
            return ids.compactMap(item).map {
                Line(description: "\(form.title): \($0.title)", recurring: $0.price.value, setup: $0.setup.value)
            }
        case .quantity(let n):
            guard n > 0, let it = form.items.first else { return [] }
            return [Line(description: "\(form.title): \(n)", recurring: it.price.value * Decimal(n),
                         setup: it.setup.value * Decimal(n))]
        case .text(let t):
            guard !t.isEmpty, let it = form.items.first, it.price.value != 0 || it.setup.value != 0 else { return [] }
            return [Line(description: "\(form.title)", recurring: it.price.value, setup: it.setup.value)]
        case .nothing:
            return []
        }
    }

    static func boundsErrors(_ n: Int, _ form: Form) -> [String] {
        let lo = form.min ?? 0
        if n < lo || (form.max.map { n > $0 } ?? false) {
            return form.max.map { ["\"\(form.title)\" must be between \(lo) and \($0)"] } ?? ["\"\(form.title)\" must be at least \(lo)"]
        }
        if let step = form.step, step > 1, (n - lo) % step != 0 {
            return ["\"\(form.title)\" must be a multiple of \(step) from \(lo)"]
        }
        return []
    }

    /// HostBill's field logic: a `show` target is visible only while its condition holds, a `hide` target only while it does not.
    static func visibleForms(_ forms: [Form], selections: [Int: OrderSelection]) -> Set<Int> {
        var visible = Set(forms.map(\.id))
        for form in forms where visible.contains(form.id) {
            let value = selections[form.id]?.comparable ?? ""
            for c in form.conditionals {
                let holds = conditionHolds(c.condition, value: value, against: c.conditionval)
                switch c.action {
                case "show": if !holds { visible.remove(c.target) }
                case "hide": if holds { visible.remove(c.target) }
                default: break
                }
            }
        }
        return visible
    }

    static func conditionHolds(_ condition: String, value: String, against: String) -> Bool {
        let a = Decimal(string: value), b = Decimal(string: against)
        switch condition {
        case "eq": return value == against || value.split(separator: ",").contains(Substring(against))
        case "less": if let a, let b { return a < b } else { return false }
        case "more": if let a, let b { return a > b } else { return false }
        default: return false
        }
    }

    static func isHostname(_ s: String) -> Bool {
        guard s.count <= 253, s.contains(".") else { return false }
        return s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }
}

struct OrderErrors: Error {
    let messages: [String]
}
