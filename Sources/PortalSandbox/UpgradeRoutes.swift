import Foundation

/// `GET /service/{id}/upgrade` (options) and `POST /service/{id}/upgrade` (estimate, or invoice with `send`).
enum UpgradeRoutes {
    static let routes: [Route] = [
        Route("GET", "service/:id/upgrade", .signedIn, options),
        Route("POST", "service/:id/upgrade", .signedIn, request),
    ]

    static func options(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        guard let i = state.serviceIndex(call.id) else { return .error("invalid_service_id") }
        let s = state.services[i]
        guard s.methods.contains("upgrade") else { return .error("method_not_available") }
        return .ok([
            "resources": .array(s.resources.map(resourceJSON)),
            "package": .array(s.packages.map { ["id": .string(String($0.id)), "name": .string($0.name),
                                                "price": Money.number($0.price.value)] }),
        ])
    }

    static func resourceJSON(_ r: Service.Resource) -> JSON {
        var fields: [JSON.Field] = [.init(key: "id", value: .number(String(r.id))), .init(key: "name", value: .string(r.name)),
                                    .init(key: "type", value: .string(r.type))]
        if r.isQuantity {
            fields += [.init(key: "value", value: .number(String(r.qty ?? 0))),
                       .init(key: "min", value: .number(String(r.min ?? 0))),
                       .init(key: "max", value: .number(String(r.max ?? 1000)))]
        }
        let items: [JSON] = r.items.map { item in
            ["id": .string(String(item.id)), "name": .string(item.name), "price": Money.number(item.price.value),
             "setup_price": Money.number(item.setupPrice.value),
             "selected": .bool(r.isQuantity || item.id == r.selected)]
        }
        return .object(fields + [.init(key: "items", value: .array(items))])
    }

    struct Line {
        var name: String
        var price: Decimal
        var setup: Decimal
    }

    static func request(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        guard let i = state.serviceIndex(call.id) else { return .error("invalid_service_id") }
        guard state.services[i].methods.contains("upgrade") else { return .error("method_not_available") }
        guard !["Cancelled", "Terminated", "Fraud"].contains(state.services[i].status) else {
            return .error("service_not_active")
        }
        var service = state.services[i]
        var lines: [Line] = []
        var errors: [String] = []

        for field in call[param: "resources"]?.objectFields ?? [] {
            guard let r = service.resources.firstIndex(where: { String($0.id) == field.key }) else {
                errors.append("invalid_resource \(field.key)")
                continue
            }
            if let line = applyResource(&service.resources[r], value: field.value, errors: &errors) { lines.append(line) }
        }
        if let pkgText = call.text("package"), !pkgText.isEmpty, pkgText != "0" {
            if let pkg = service.packages.first(where: { String($0.id) == pkgText }) {
                let current = state.catalogue.product(service.productId)
                lines.append(Line(name: "Package: \(current?.name ?? "current") → \(pkg.name)",
                                  price: pkg.price.value - service.total.value, setup: 0))
                service.productId = pkg.id
            } else {
                errors.append("invalid_package")
            }
        }
        if let cycle = call.text("cycle"), !cycle.isEmpty, BillingCycles.symbol(service.billingcycle) != cycle {
            let periods = state.catalogue.product(service.productId)?.periods ?? []
            if let newPeriod = periods.first(where: { $0.cycle == cycle }) {
                let oldPrice = periods.first { $0.cycle == BillingCycles.symbol(service.billingcycle) }?.price.value ?? 0
                lines.append(Line(name: "Billing cycle: \(service.billingcycle) → \(BillingCycles.word(cycle))",
                                  price: newPeriod.price.value - oldPrice, setup: 0))
                service.billingcycle = BillingCycles.word(cycle)
            } else {
                errors.append("invalid_cycle")
            }
        }
        guard errors.isEmpty else { return .errors(errors) }
        guard !lines.isEmpty else { return .error("upgrade_nothing_changed") }

        let total = Money.rounded(lines.reduce(Decimal(0)) { $0 + $1.price + $1.setup })
        let itemsJSON: JSON = .array(lines.map { ["name": .string($0.name), "price": Money.string($0.price),
                                                  "setup": Money.string($0.setup)] })
        let send = call[param: "send"]?.truthy ?? false
        guard send else {
            return .success("upgrade_estimate", [
                .init(key: "currency", value: .string(state.account.currency)),
                .init(key: "items", value: itemsJSON),
                .init(key: "total", value: Money.string(total)),
            ])
        }
        service.total = Amount(max(0, service.total.value + lines.reduce(Decimal(0)) { $0 + $1.price }))
        state.services[i] = service
        var invoiceId: JSON = .null
        if total > 0 {
            let id = state.addInvoice(lines: lines.map { (type: "Upgrade", itemId: service.id,
                                                          description: "Upgrade \(service.domain): \($0.name)",
                                                          amount: $0.price + $0.setup) }, today: call.today)
            invoiceId = .string(String(id))
        }
        return .success("upgrade_request_sent", [
            .init(key: "invoice_id", value: invoiceId),
            .init(key: "items", value: itemsJSON),
            .init(key: "total", value: Money.string(total)),
        ])
    }

    /// Accepts `"<qty>"` (qty/slider), `"<itemId>"` (select/radio) or `{"<itemId>": "<qty>"}`.
    private static func applyResource(_ r: inout Service.Resource, value: JSON, errors: inout [String]) -> Line? {
        var chosenItem: String? = value.text
        var qtyText: String? = value.text
        if let inner = value.objectFields?.first {
            chosenItem = inner.key
            qtyText = inner.value.text
        }
        if r.isQuantity {
            guard let q = qtyText.flatMap({ Int($0) }) else { errors.append("\(r.name): not a number"); return nil }
            let lo = r.min ?? 0, hi = r.max ?? 1000
            guard (lo...hi).contains(q) else { errors.append("\(r.name) must be between \(lo) and \(hi)"); return nil }
            let old = r.qty ?? 0
            guard q != old, let unit = r.items.first else { return nil }
            r.qty = q
            return Line(name: "\(r.name): \(old) → \(q)", price: unit.price.value * Decimal(q - old), setup: 0)
        }
        guard let itemText = chosenItem, let item = r.items.first(where: { String($0.id) == itemText }) else {
            errors.append("\(r.name): invalid option")
            return nil
        }
        guard item.id != r.selected else { return nil }
        let old = r.items.first { $0.id == r.selected }
        r.selected = item.id
        return Line(name: "\(r.name): \(old?.name ?? "none") → \(item.name)",
                    price: item.price.value - (old?.price.value ?? 0), setup: item.setupPrice.value)
    }
}
