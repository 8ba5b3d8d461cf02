import Foundation

/// `GET /service`, `GET /service/{id}`, `…/methods`, `…/label` (GET, POST), `POST …/cancel`.
enum ServiceRoutes {
    static let routes: [Route] = [
        Route("GET", "service", .signedIn, list),
        Route("GET", "service/:id", .signedIn, detail),
        Route("GET", "service/:id/methods", .signedIn, methods),
        Route("GET", "service/:id/label", .signedIn, getLabel),
        Route("POST", "service/:id/label", .signedIn, setLabel),
        Route("POST", "service/:id/cancel", .signedIn, cancel),
    ]

    static let maxLabelBytes = 65_536

    static func list(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        .ok(["services": .array(state.services.map { ServiceJSON.listEntry($0, catalogue: state.catalogue) })])
    }

    static func detail(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        guard let i = state.serviceIndex(call.id) else { return .error("invalid_service_id") }
        return .ok(["service": ServiceJSON.detail(state.services[i], catalogue: state.catalogue)])
    }

    static func methods(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        guard let i = state.serviceIndex(call.id) else { return .error("invalid_service_id") }
        return .ok(["methods": .array(ServiceJSON.methods(state.services[i]))])
    }

    static func getLabel(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        guard let i = state.serviceIndex(call.id) else { return .error("invalid_service_id") }
        return .ok(["label": .string(state.services[i].label)])
    }

    static func setLabel(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        guard let i = state.serviceIndex(call.id) else { return .error("invalid_service_id") }
        guard state.services[i].methods.contains("label") else { return .error("method_not_available") }
        guard let label = call.text("label") else { return .error("missing_label") }
        guard label.utf8.count <= maxLabelBytes else { return .error("label_too_long") }
        state.services[i].label = label
        return .success("label_updated", [.init(key: "label", value: .string(label))])
    }

    /// `immediate=true` cancels now; otherwise the service is flagged for the end of its billing period.
    static func cancel(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        guard let i = state.serviceIndex(call.id) else { return .error("invalid_service_id") }
        let service = state.services[i]
        guard service.methods.contains("cancel") else { return .error("method_not_available") }
        guard !["Cancelled", "Terminated", "Fraud"].contains(service.status) else { return .error("cancelled_already") }
        let immediate = call[param: "immediate"]?.truthy ?? false
        if immediate {
            state.services[i].status = "Cancelled"
            state.services[i].cancelRequested = nil
            state.services[i].nextInvoice = "0000-00-00"
        } else {
            guard service.cancelRequested != true else { return .error("cancell_already_sent") }
            state.services[i].cancelRequested = true
        }
        return .success("cancell_sent", [
            .init(key: "status", value: .string(state.services[i].status)),
            .init(key: "type", value: immediate ? "Immediate" : "End of billing period"),
        ])
    }

    /// A paid invoice activates the pending services it was issued for.
    static func activatePaid(_ state: inout SandboxState, invoice: Invoice) {
        for item in invoice.items {
            if let s = state.services.firstIndex(where: { $0.id == item.itemId && $0.status == "Pending" }) {
                state.services[s].status = "Active"
            }
        }
    }
}

/// HostBill's service shapes.
enum ServiceJSON {
    static func listEntry(_ s: Service, catalogue: Catalogue) -> JSON {
        let product = catalogue.product(s.productId)
        let category = product.flatMap { p in catalogue.categories.first { $0.id == p.categoryId } }
        return [
            "id": .string(String(s.id)),
            "domain": .string(s.domain),
            "total": Money.string(s.total.value),
            "status": .string(s.status),
            "billingcycle": .string(s.billingcycle),
            "next_due": .string(s.nextDue),
            "category": .string(category?.name ?? ""),
            "category_url": .string(category?.slug ?? ""),
            "name": .string(product?.name ?? "Product \(s.productId)"),
            "label": .string(s.label),
        ]
    }

    /// Mixed on purpose: the id is a number here, money partly strings, partly numbers.
    static func detail(_ s: Service, catalogue: Catalogue) -> JSON {
        [
            "id": .number(String(s.id)),
            "date_created": .string(s.dateCreated),
            "domain": .string(s.domain),
            "firstpayment": Money.string(s.firstpayment.value),
            "total": Money.number(s.total.value),
            "billingcycle": .string(s.billingcycle),
            "next_due": .string(s.nextDue),
            "next_invoice": .string(s.nextInvoice),
            "status": .string(s.status),
            "label": .string(s.label),
            "username": .string(s.username),
            "password": .string(s.password),
            "name": .string(catalogue.product(s.productId)?.name ?? "Product \(s.productId)"),
            "product_id": .string(String(s.productId)),
            "cancel_requested": s.cancelRequested == true ? "1" : "0",
        ]
    }

    static func methods(_ s: Service) -> [JSON] {
        var out: [JSON] = []
        let route = { (suffix: String) in JSON.string("/service/@id/\(suffix)") }
        if s.methods.contains("upgrade") {
            out.append(["name": "Upgrade Request", "method": "POST", "route": route("upgrade")])
            out.append(["name": "Upgrade Options", "method": "GET", "route": route("upgrade")])
        }
        if s.methods.contains("label") {
            out.append(["name": "Change service label", "method": "POST", "route": route("label")])
            out.append(["name": "Service label", "method": "GET", "route": route("label")])
        }
        if s.methods.contains("cancel") {
            out.append(["name": "Cancel Service", "method": "POST", "route": route("cancel")])
        }
        return out
    }
}
