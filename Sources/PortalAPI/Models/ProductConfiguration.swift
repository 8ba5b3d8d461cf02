import FoundationEssentials

/// `GET /order/{product_id}`: everything needed to configure and price an order.
public struct ProductConfiguration: Sendable, Hashable, Identifiable {
    public let id: String
    public let name: SafeText
    public let categoryName: SafeText
    public let categoryID: String
    public let price: Decimal
    public let recurring: BillingCycle
    public let setup: Decimal
    public let recurringPrice: Decimal?
    /// Built-in fields of `config.product[]` (the `cycle` select, the `domain` input).
    public let productFields: [FormField]
    /// The billing cycles offered, from the built-in `cycle` select.
    public let cycles: [PricePeriod]
    /// True when the product asks for a domain.
    public let asksForDomain: Bool
    /// Configurable options, `config.forms[]`.
    public let forms: [FormField]
    public let addons: [Addon]
    public let subproducts: [Addon]

    public init(json: JSONValue) {
        id = json["id"].id; name = json["name"].text
        categoryName = json["category_name"].text; categoryID = json["category_id"].id
        price = json["price"].money ?? 0; recurring = BillingCycle(json: json["recurring"])
        setup = json["setup"].money ?? 0; recurringPrice = json["recurring_price"].money
        let config = json["config"]
        let productList = config["product"].list
        productFields = productList.map(FormField.init(json:))
        let cycleField = productList.first { $0["id"].string == "cycle" || $0["name"].string == "cycle" }
        cycles = cycleField?["items"].list.map(PricePeriod.init(json:)) ?? []
        asksForDomain = productList.contains { $0["id"].string == "domain" || $0["name"].string == "domain" }
        forms = config["forms"].list.map(FormField.init(json:))
        addons = config["addons"].list.map(Addon.init(json:))
        subproducts = config["subproducts"].list.map(Addon.init(json:))
    }

    public var defaultCycle: PricePeriod? { cycles.first { $0.selected } ?? cycles.first }
}

/// An addon or sub-product: a checkbox plus a cycle select.
public struct Addon: Sendable, Hashable, Identifiable {
    public let id: String
    public let type: SafeText
    public let title: SafeText
    public let description: SafeText
    public let checkedByDefault: Bool
    /// The cycles offered with their prices.
    public let cycles: [PricePeriod]

    public init(json: JSONValue) {
        id = json["id"].id; type = json["type"].text
        title = json["title"].isNull ? json["name"].text : json["title"].text
        description = json["description"].text
        let config = json["config"].list
        checkedByDefault = config.first { $0["type"].string == "checkbox" }?["checked"].bool ?? false
        let select = config.first { $0["type"].string == "select" }
        let periods = select?["items"].list ?? json["periods"].list
        cycles = periods.map(PricePeriod.init(json:))
    }

    public var defaultCycle: PricePeriod? { cycles.first { $0.selected } ?? cycles.first }
}
