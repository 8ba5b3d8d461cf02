import FoundationEssentials

/// The body of `POST /order/{product_id}`.
public struct OrderRequest: Sendable, Hashable {
    /// A configurable option's value, by the form's kind (see `FormSubmission`).
    public enum CustomValue: Sendable, Hashable {
        /// select / radio: `{"<formId>": <itemId>}`
        case item(String)
        /// checkbox / multicheckbox: `{"<formId>": {"<itemId>": 1, …}}`
        case toggles([String])
        /// qty / sliders / selectqty: `{"<formId>": {"<itemId>": <n>}}`
        case quantity(itemID: String, Decimal)
        /// input / textarea / encrypted / datepicker: `{"<formId>": {"<itemId>": "<text>"}}`
        case text(itemID: String, String)
    }

    public var cycle: String
    public var domain: String?
    public var payMethod: String?
    public var promocode: String?
    /// By form id.
    public var custom: [String: CustomValue]
    /// Chosen addons: addon id → cycle symbol.
    public var addons: [String: String]
    /// Chosen sub-products: id → cycle symbol.
    public var subproducts: [String: String]

    public init(cycle: String, domain: String? = nil, payMethod: String? = nil, promocode: String? = nil,
                custom: [String: CustomValue] = [:], addons: [String: String] = [:], subproducts: [String: String] = [:]) {
        self.cycle = cycle; self.domain = domain; self.payMethod = payMethod; self.promocode = promocode
        self.custom = custom; self.addons = addons; self.subproducts = subproducts
    }

    /// The JSON body with the nested shapes HostBill's cart uses.
    public var body: JSONValue {
        var o: [String: JSONValue] = ["cycle": .string(cycle)]
        if let domain, !domain.isEmpty { o["domain"] = .string(domain) }
        if let payMethod, !payMethod.isEmpty { o["pay_method"] = JSONValue.idValue(payMethod) }
        if let promocode, !promocode.isEmpty { o["promocode"] = .string(promocode) }
        if !custom.isEmpty {
            var c: [String: JSONValue] = [:]
            for (formID, value) in custom {
                switch value {
                case .item(let item): c[formID] = JSONValue.idValue(item)
                case .toggles(let items): c[formID] = .object(Dictionary(items.map { ($0, JSONValue.number(1)) }, uniquingKeysWith: { a, _ in a }))
                case .quantity(let item, let n): c[formID] = .object([item: .number(n)])
                case .text(let item, let text): c[formID] = .object([item: .string(text)])
                }
            }
            o["custom"] = .object(c)
        }
        if !addons.isEmpty {
            o["addon"] = .object(addons.mapValues { _ in .number(1) })
            o["addon_cycles"] = .object(addons.mapValues { .string($0) })
        }
        if !subproducts.isEmpty {
            o["subproducts"] = .object(subproducts.mapValues { _ in .number(1) })
            o["subproducts_cycles"] = .object(subproducts.mapValues { .string($0) })
        }
        return .object(o)
    }
}

/// The answer to an order.
public struct OrderResult: Sendable, Hashable {
    public let orderNumber: SafeText?
    public let orderID: String?
    public let invoiceID: String?
    public let total: Decimal?
    public let items: [OrderedItem]
    public let messages: ServerMessages

    public init(json: JSONValue) {
        let root = json["order"].object.isEmpty ? json : json["order"]
        let num = root["order_num"].isNull ? root["number"] : root["order_num"]
        orderNumber = num.isNull ? nil : num.text
        orderID = root["order_id"].isNull ? (root["id"].isNull ? nil : root["id"].id) : root["order_id"].id
        invoiceID = root["invoice_id"].isNull ? nil : root["invoice_id"].id
        total = root["total"].money
        items = root["items"].list.map(OrderedItem.init(json:))
        messages = ServerMessages(json: json["info"])
    }
}

/// One item an order created (a service, a domain, an addon) with its invoice lines.
public struct OrderedItem: Sendable, Hashable {
    public let id: String?
    public let type: SafeText
    public let name: SafeText
    public let domain: SafeText
    public let cycle: BillingCycle?
    public let lines: [QuoteLine]

    public init(json: JSONValue) {
        if let s = json.string {
            id = nil; type = ""; name = SafeText(html: s); domain = ""; cycle = nil; lines = []
            return
        }
        id = json["id"].isNull ? nil : json["id"].id
        type = json["type"].text
        name = json["name"].isNull ? json["description"].text : json["name"].text
        domain = json["domain"].text
        cycle = json["cycle"].isNull ? nil : BillingCycle(json: json["cycle"])
        lines = json["lines"].list.map(QuoteLine.init(json:))
    }
}
