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
        var read: [Int: OrderSelection] = [:]
        var readErrors: [Int: [String]] = [:]
        var sent: Set<Int> = []
        for form in product.forms {
            let raw = custom.last { $0.key == String(form.id) }?.value
            if let raw, raw != .null { sent.insert(form.id) }
            var formErrors: [String] = []
            read[form.id] = OrderSelection.read(raw, for: form, errors: &formErrors)
            readErrors[form.id] = formErrors
        }
        let logic = FieldLogic(forms: product.forms, selections: read, sent: sent)
        let visible = logic.visible
        let selections = logic.selections
        // A value sent for a hidden form is ignored: not checked, not required, not priced.
        for form in product.forms where visible.contains(form.id) {
            if let formErrors = readErrors[form.id], !formErrors.isEmpty {
                errors += formErrors
                continue
            }
            errors += OrderValidator.valueErrors(form, selections[form.id] ?? .nothing)
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
        case .itemQuantity(let id, let n):
            guard n > 0, let it = item(id) else { return [] }
            return [Line(description: "\(form.title): \(it.title) × \(n)", recurring: it.price.value * Decimal(n),
                         setup: it.setup.value * Decimal(n))]
        case .text(let t):
            guard !t.isEmpty, let it = form.items.first, it.price.value != 0 || it.setup.value != 0 else { return [] }
            return [Line(description: "\(form.title)", recurring: it.price.value, setup: it.setup.value)]
        case .nothing:
            return []
        }
    }

    /// Required, bounds and step, date format. Never quotes the value (it may be a secret).
    static func valueErrors(_ form: Form, _ selection: OrderSelection) -> [String] {
        if selection.isEmpty { return form.required ? ["Field \"\(form.title)\" is required"] : [] }
        if let n = selection.count { return boundsErrors(n, form) }
        if form.isDate, case .text(let day) = selection, !isDay(day.trimmingCharacters(in: .whitespaces)) {
            return ["\"\(form.title)\" must be a date as YYYY-MM-DD"]
        }
        return []
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

    /// `YYYY-MM-DD` naming a day that exists.
    static func isDay(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days
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
