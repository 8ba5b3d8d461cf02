import FoundationEssentials

/// `GET /service/{id}/upgrade`: what may be changed on a service.
public struct UpgradeOptions: Sendable, Hashable {
    public let resources: [UpgradeResource]
    public let packages: [UpgradePackage]

    public init(json: JSONValue) {
        resources = json["resources"].list.map(UpgradeResource.init(json:))
        packages = json["package"].list.isEmpty ? json["packages"].list.map(UpgradePackage.init(json:))
                                                : json["package"].list.map(UpgradePackage.init(json:))
    }
    public var isEmpty: Bool { resources.isEmpty && packages.isEmpty }
}

/// A configurable resource of a service (bandwidth, disk, …).
public struct UpgradeResource: Sendable, Hashable, Identifiable {
    public let id: String
    public let name: SafeText
    /// The server's control type (`select`, `radio`, `qty`, `slider`, …) as text.
    public let type: String
    public let items: [UpgradeItem]
    /// Quantity the service has now, for quantity-type resources.
    public let currentQuantity: Decimal?
    public let minimum: Decimal?
    public let maximum: Decimal?

    public init(json: JSONValue) {
        id = json["id"].id; name = json["name"].text
        type = SafeText(json["type"].string ?? "").value.lowercased()
        items = json["items"].list.map(UpgradeItem.init(json:))
        currentQuantity = json["qty"].decimal ?? json["value"].decimal
        minimum = json["min"].decimal ?? json["minvalue"].decimal
        maximum = json["max"].decimal ?? json["maxvalue"].decimal
    }

    /// How a new value for this resource is sent.
    public var takesQuantity: Bool { ["qty", "slider", "sliderinput", "slidersequenced", "quantity"].contains(type) }
    public var takesItemAndQuantity: Bool { type == "selectqty" }
    public var selectedItem: UpgradeItem? { items.first { $0.selected } }
}

public struct UpgradeItem: Sendable, Hashable, Identifiable {
    public let id: String
    public let name: SafeText
    public let price: Decimal
    public let setupPrice: Decimal
    public let selected: Bool

    public init(json: JSONValue) {
        id = json["id"].id; name = json["name"].isNull ? json["title"].text : json["name"].text
        price = json["price"].money ?? 0; setupPrice = json["setup_price"].money ?? json["setup"].money ?? 0
        selected = json["selected"].bool ?? false
    }
}

/// A package the service may move to.
public struct UpgradePackage: Sendable, Hashable, Identifiable {
    public let id: String
    public let name: SafeText
    public let price: Decimal?
    public let cycles: [PricePeriod]

    public init(json: JSONValue) {
        id = json["id"].id; name = json["name"].text; price = json["price"].money
        cycles = json["periods"].list.map(PricePeriod.init(json:))
    }
}

/// What to change in `POST /service/{id}/upgrade`. `send: false` asks only for an estimate.
public struct UpgradeRequest: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        /// Sliders and qty: `{"<resourceId>": "<qty>"}`
        case quantity(Decimal)
        /// Dropdown and radio: `{"<resourceId>": "<itemId>"}`
        case item(String)
        /// Dropdown with quantity: `{"<resourceId>": {"<itemId>": "<qty>"}}`
        case itemQuantity(itemID: String, quantity: Decimal)
    }

    public var resources: [String: Value]
    public var package: String?
    public var cycle: String?
    public var send: Bool

    public init(resources: [String: Value] = [:], package: String? = nil, cycle: String? = nil, send: Bool = false) {
        self.resources = resources; self.package = package; self.cycle = cycle; self.send = send
    }

    /// The JSON body, in the nested shape the spec describes.
    public var body: JSONValue {
        var o: [String: JSONValue] = ["send": .bool(send)]
        if !resources.isEmpty {
            var r: [String: JSONValue] = [:]
            for (id, value) in resources {
                switch value {
                case .quantity(let q): r[id] = .string(q.plainString)
                case .item(let item): r[id] = .string(item)
                case .itemQuantity(let item, let q): r[id] = .object([item: .string(q.plainString)])
                }
            }
            o["resources"] = .object(r)
        }
        if let package { o["package"] = JSONValue.idValue(package) }
        if let cycle { o["cycle"] = .string(cycle) }
        return .object(o)
    }
}

/// The answer to an upgrade request: an estimate (not sent) or the confirmation.
public struct UpgradeQuote: Sendable, Hashable {
    public let total: Decimal?
    public let subtotal: Decimal?
    public let tax: Decimal?
    /// Itemised charges, when the server lists them.
    public let lines: [QuoteLine]
    public let invoiceID: String?
    public let currency: SafeText
    public let messages: ServerMessages
    /// True when the request was sent (not only estimated).
    public let sent: Bool

    public init(json: JSONValue, sent: Bool) {
        let root = json["upgrade"].object.isEmpty ? (json["quote"].object.isEmpty ? json : json["quote"]) : json["upgrade"]
        total = root["total"].money ?? root["price"].money ?? root["charge"].money ?? root["amount"].money
        subtotal = root["subtotal"].money
        tax = root["tax"].money
        lines = (root["items"].list.isEmpty ? root["charges"].list : root["items"].list).map(QuoteLine.init(json:))
        invoiceID = root["invoice_id"].isNull ? nil : root["invoice_id"].id
        currency = root["currency"].isNull ? json["currency"].text : root["currency"].text
        messages = ServerMessages(json: json["info"])
        self.sent = sent
    }
}

public struct QuoteLine: Sendable, Hashable {
    public let name: SafeText
    public let amount: Decimal?
    public let setup: Decimal?

    public init(json: JSONValue) {
        setup = json["setup"].money ?? json["setup_price"].money
        if let s = json.string { name = SafeText(html: s); amount = nil; return }
        let n = json["name"].isNull ? (json["description"].isNull ? json["title"] : json["description"]) : json["name"]
        name = n.text
        amount = json["price"].money ?? json["amount"].money ?? json["total"].money
    }
}

extension JSONValue {
    /// An id sent as a number when it is one, as text otherwise.
    static func idValue(_ id: String) -> JSONValue {
        if let n = Int(id) { return .number(Decimal(n)) }
        return .string(id)
    }
}
