import Foundation

/// `POST /order/{product_id}`: validates, then creates a pending service and an unpaid invoice.
enum OrderRoutes {
    static let routes: [Route] = [
        Route("POST", "order/:id", .signedIn, order),
    ]

    static func order(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        guard let pid = Int(call.id), let product = state.catalogue.product(pid) else { return .error("invalid_product_id") }
        let plan: OrderValidator.Plan
        switch OrderValidator(product: product).validate(call.params) {
        case .failure(let errors): return .errors(errors.messages)
        case .success(let p): plan = p
        }

        let serviceId = state.nextServiceId
        state.nextServiceId += 1
        let orderNumber = state.nextOrderNumber
        state.nextOrderNumber += 1
        let free = plan.total <= 0
        let nextDue = BillingCycles.months(plan.cycle).map { SandboxClock.day(offsetDays: 30 * $0, from: call.now) }
        state.services.insert(Service(
            id: serviceId, productId: product.id, domain: plan.domain,
            status: free ? "Active" : "Pending", billingcycle: BillingCycles.word(plan.cycle),
            dateCreated: call.today, nextDue: free ? (nextDue ?? "0000-00-00") : call.today,
            nextInvoice: free ? "0000-00-00" : call.today,
            firstpayment: Amount(plan.total), total: Amount(max(0, Money.rounded(plan.recurringTotal))),
            label: "", username: "", password: "", methods: ["label", "cancel"], resources: [], packages: [],
            cancelRequested: nil), at: 0)

        let item: JSON = [
            "type": "Hosting", "id": .string(String(serviceId)), "name": .string(product.name),
            "domain": .string(plan.domain), "cycle": .string(plan.cycle),
            "lines": .array(plan.lines.map { ["description": .string($0.description),
                                              "price": Money.string($0.recurring), "setup": Money.string($0.setup)] }),
        ]
        var invoiceId: JSON = .null
        if !free {
            var lines = plan.lines.map { (type: "Hosting", itemId: serviceId, description: $0.description, amount: $0.recurring) }
            let setup = plan.lines.reduce(Decimal(0)) { $0 + $1.setup }
            if setup > 0 { lines.append((type: "Setup", itemId: serviceId, description: "Setup fee", amount: setup)) }
            invoiceId = .string(String(state.addInvoice(lines: lines, today: call.today)))
        }
        return .success("order_created", [
            .init(key: "order_num", value: .string(String(orderNumber))),
            .init(key: "invoice_id", value: invoiceId),
            .init(key: "total", value: Money.string(plan.total)),
            .init(key: "items", value: state.shapes.orderItemsAsArray ? .array([item]) : item),
        ])
    }
}
