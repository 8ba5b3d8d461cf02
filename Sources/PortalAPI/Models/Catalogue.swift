import FoundationEssentials

/// `GET /category`
public struct ProductCategory: Sendable, Hashable, Identifiable {
    public let id: String
    public let name: SafeText
    public let description: SafeText
    public let slug: SafeText

    public init(json: JSONValue) {
        id = json["id"].id; name = json["name"].text; description = json["description"].text; slug = json["slug"].text
    }
}

/// A price for one billing period (`periods[]`, cycle select items).
public struct PricePeriod: Sendable, Hashable {
    public let cycle: BillingCycle
    public let price: Decimal
    public let setup: Decimal
    public let selected: Bool

    public init(cycle: BillingCycle, price: Decimal, setup: Decimal, selected: Bool) {
        self.cycle = cycle; self.price = price; self.setup = setup; self.selected = selected
    }

    public init(json: JSONValue) {
        cycle = BillingCycle(json["value"].string ?? json["title"].string ?? json["cycle"].string ?? "")
        price = json["price"].money ?? 0
        setup = json["setup"].money ?? 0
        selected = json["selected"].bool ?? false
    }
}

/// `GET /category/{id}/product`
public struct Product: Sendable, Hashable, Identifiable {
    public let id: String
    public let name: SafeText
    public let type: SafeText
    /// HTML description as text (see `lines` for line breaks).
    public let description: SafeText
    public let inStock: Bool
    public let payType: SafeText
    public let periods: [PricePeriod]

    public init(json: JSONValue) {
        id = json["id"].id; name = json["name"].text; type = json["type"].text; description = json["description"].text
        // HostBill's `stock` flag means "stock control enabled"; with it on, `qty` is what is left.
        let stockControl = json["stock"].bool ?? false
        inStock = !stockControl || (json["qty"].decimal ?? 0) > 0
        payType = json["paytype"].text
        periods = json["periods"].list.map(PricePeriod.init(json:))
    }

    /// The period the server pre-selects, or the first.
    public var defaultPeriod: PricePeriod? { periods.first { $0.selected } ?? periods.first }
}
