import FoundationEssentials

/// One row of `GET /service`.
public struct ServiceSummary: Sendable, Hashable, Identifiable {
    public let id: String
    public let domain: SafeText
    /// The product's name (`name`).
    public let product: SafeText
    public let status: ServiceStatus
    public let billingCycle: BillingCycle
    public let nextDue: APIDate?
    public let total: Decimal
    public let category: SafeText
    /// The customer's own name for the service, when the install sends it in the list (empty otherwise).
    public let label: SafeText

    public init(id: String, domain: SafeText, product: SafeText, status: ServiceStatus, billingCycle: BillingCycle,
                nextDue: APIDate?, total: Decimal, category: SafeText, label: SafeText = "") {
        self.id = id; self.domain = domain; self.product = product; self.status = status
        self.billingCycle = billingCycle; self.nextDue = nextDue; self.total = total; self.category = category
        self.label = label
    }

    public init(json: JSONValue) {
        self.init(id: json["id"].id, domain: json["domain"].text, product: json["name"].text,
                  status: ServiceStatus(json["status"].string ?? ""), billingCycle: BillingCycle(json: json["billingcycle"]),
                  nextDue: json["next_due"].date, total: json["total"].money ?? 0, category: json["category"].text,
                  label: json["label"].text)
    }

    /// The same service with another label (after the customer renamed it).
    public func labelled(_ label: SafeText) -> ServiceSummary {
        ServiceSummary(id: id, domain: domain, product: product, status: status, billingCycle: billingCycle,
                       nextDue: nextDue, total: total, category: category, label: label)
    }
}

/// `GET /service/{id}`.
public struct ServiceDetail: Sendable, Hashable, Identifiable {
    public let id: String
    public let domain: SafeText
    public let product: SafeText
    public let status: ServiceStatus
    public let billingCycle: BillingCycle
    public let created: APIDate?
    public let nextDue: APIDate?
    public let nextInvoice: APIDate?
    public let firstPayment: Decimal?
    public let total: Decimal
    public let label: SafeText
    public let username: SafeText
    /// The service's own password as the server shows it; hide it by default in views.
    public let password: SafeText
    /// True when cancellation at the end of the billing period was requested (`cancel_requested`);
    /// nil when the server does not say.
    public let cancelRequested: Bool?
    /// Every other field the server sent, by name, for display; internal ids (`product_id`,
    /// `client_id`…) are left out, a customer has no use for them.
    public let extra: [String: SafeText]

    static let knownKeys: Set<String> = ["id", "domain", "name", "status", "billingcycle", "date_created", "next_due",
                                         "next_invoice", "firstpayment", "total", "label", "username", "password",
                                         "cancel_requested"]

    /// A field that only names a record inside HostBill: "product_id", "client_id", "pid".
    static func isInternalID(_ key: String) -> Bool {
        let k = key.lowercased()
        return k.hasSuffix("_id") || ["pid", "uid", "cid", "oid"].contains(k)
    }

    public init(json: JSONValue) {
        id = json["id"].id; domain = json["domain"].text; product = json["name"].text
        status = ServiceStatus(json["status"].string ?? ""); billingCycle = BillingCycle(json: json["billingcycle"])
        created = json["date_created"].date; nextDue = json["next_due"].date; nextInvoice = json["next_invoice"].date
        firstPayment = json["firstpayment"].money; total = json["total"].money ?? 0
        label = json["label"].text; username = json["username"].text; password = SafeText(json["password"].string ?? "")
        cancelRequested = json["cancel_requested"].bool
        var extra: [String: SafeText] = [:]
        for (k, v) in json.object where !ServiceDetail.knownKeys.contains(k) && !ServiceDetail.isInternalID(k) {
            if let s = v.string { extra[SafeText(k).value] = SafeText(html: s) }
        }
        self.extra = extra
    }
}

/// One entry of `GET /service/{id}/methods`: what may be done with a service.
public struct ServiceMethod: Sendable, Hashable {
    public let name: SafeText
    /// "GET" or "POST".
    public let method: String
    /// e.g. "/service/@id/upgrade"
    public let route: String

    public init(json: JSONValue) {
        name = json["name"].text
        method = SafeText(json["method"].string ?? "").value.uppercased()
        route = SafeText(json["route"].string ?? "").value
    }

    public init(name: SafeText, method: String, route: String) { self.name = name; self.method = method; self.route = route }

    /// Which portal action this method enables, when it is one we know.
    public var action: ServiceAction? {
        let r = route.lowercased()
        switch (method, r) {
        case ("POST", _) where r.hasSuffix("/upgrade"): return .upgrade
        case ("GET", _) where r.hasSuffix("/upgrade"): return .upgradeOptions
        case ("POST", _) where r.hasSuffix("/label"): return .setLabel
        case ("GET", _) where r.hasSuffix("/label"): return .label
        case ("POST", _) where r.hasSuffix("/cancel"): return .cancel
        default: return nil
        }
    }
}

public enum ServiceAction: String, Sendable, Hashable, CaseIterable {
    case upgrade, upgradeOptions, label, setLabel, cancel
}
