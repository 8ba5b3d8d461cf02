import Foundation

/// The signed-in customer (the sandbox has exactly one login).
struct Account: Codable, Sendable {
    var email: String
    var password: String
    var currency: String
    var credit: Amount
    var client: Client

    struct Client: Codable, Sendable {
        var id: Int
        var firstname: String
        var lastname: String
        var companyname: String
        var address1: String
        var address2: String
        var city: String
        var state: String
        var postcode: String
        var country: String
        var phonenumber: String
    }
}

/// One service (hosting account, VPS, certificate…) as the sandbox stores it.
struct Service: Codable, Sendable {
    var id: Int
    var productId: Int
    var domain: String
    var status: String
    var billingcycle: String
    var dateCreated: String
    var nextDue: String
    var nextInvoice: String
    var firstpayment: Amount
    var total: Amount
    var label: String
    var username: String
    var password: String
    /// Which optional operations the server offers: any of `upgrade`, `label`, `cancel`.
    var methods: [String]
    var resources: [Resource]
    var packages: [Package]
    /// Set by a cancellation "at the end of the billing period".
    var cancelRequested: Bool?

    struct Resource: Codable, Sendable {
        var id: Int
        var name: String
        /// `select` / `radio` pick one item; `qty` / `slider` carry a number of units of `items[0]`.
        var type: String
        var items: [ResourceItem]
        var selected: Int?
        var qty: Int?
        var min: Int?
        var max: Int?

        var isQuantity: Bool { type == "qty" || type == "slider" }
    }

    struct ResourceItem: Codable, Sendable {
        var id: Int
        var name: String
        var price: Amount
        var setupPrice: Amount
    }

    struct Package: Codable, Sendable {
        var id: Int
        var name: String
        var price: Amount
    }
}

struct Invoice: Codable, Sendable {
    var id: Int
    var number: String
    var status: String
    var date: String
    var duedate: String
    var datepaid: String?
    /// Credit already applied to this invoice.
    var credit: Amount
    var taxrate: Amount
    var notes: String
    var items: [Item]

    struct Item: Codable, Sendable {
        var id: Int
        var type: String
        var itemId: Int
        var description: String
        var amount: Amount
        var qty: Amount
        var taxed: Bool
    }

    var subtotal: Decimal { items.reduce(Decimal(0)) { $0 + $1.amount.value * $1.qty.value } }
    var tax: Decimal {
        let taxable = items.filter(\.taxed).reduce(Decimal(0)) { $0 + $1.amount.value * $1.qty.value }
        return Money.rounded(taxable * taxrate.value / 100)
    }
    var total: Decimal { Money.rounded(subtotal + tax) }
    /// What is still owed.
    var balance: Decimal { max(0, total - credit.value) }
}
