import FoundationEssentials

/// `GET /balance`
public struct Balance: Sendable, Hashable {
    public let currency: SafeText
    public let balance: Decimal
    public let credit: Decimal

    public init(currency: SafeText, balance: Decimal, credit: Decimal) {
        self.currency = currency; self.balance = balance; self.credit = credit
    }

    /// Reads `details` (the spec's shape) or the fields at the root.
    public init(json: JSONValue) {
        let d = json["details"].object.isEmpty ? json.payload("details") : json["details"]
        currency = d["currency"].text
        balance = d["acc_balance"].money ?? d["balance"].money ?? 0
        credit = d["acc_credit"].money ?? d["credit"].money ?? 0
    }
}

/// One row of `GET /invoice`.
public struct InvoiceSummary: Sendable, Hashable, Identifiable {
    public let id: String
    /// The display number (`2016/12/1`), distinct from `id`.
    public let number: SafeText
    public let status: InvoiceStatus
    public let date: APIDate?
    public let dueDate: APIDate?
    public let paidDate: APIDate?
    public let total: Decimal
    public let currency: SafeText

    public init(json: JSONValue) {
        id = json["id"].id
        let n = json["number"].text
        number = n.isEmpty ? SafeText(json["id"].id) : n
        status = InvoiceStatus(json["status"].string ?? "")
        date = json["date"].date
        dueDate = json["duedate"].date ?? json["paybefore"].date
        paidDate = json["datepaid"].date
        total = json["total"].money ?? 0
        currency = json["currency"].text
    }
}

/// One line of an invoice.
public struct InvoiceItem: Sendable, Hashable, Identifiable {
    public let id: String
    public let type: SafeText
    public let description: SafeText
    public let amount: Decimal
    public let quantity: Decimal
    public let lineTotal: Decimal
    public let taxed: Bool

    public init(json: JSONValue) {
        id = json["id"].id; type = json["type"].text; description = json["description"].text
        amount = json["amount"].money ?? 0
        quantity = json["qty"].decimal ?? 1
        lineTotal = json["linetotal"].money ?? (amount * quantity)
        taxed = json["taxed"].bool ?? false
    }
}

/// The billed client as printed on an invoice.
public struct InvoiceClient: Sendable, Hashable {
    public let name: SafeText
    public let company: SafeText
    public let email: SafeText
    /// Street lines and "postcode city state", non-empty ones only (no country).
    public let street: [SafeText]
    /// The country as the server sends it (usually an ISO code such as "US").
    public let country: SafeText

    /// Address lines as printed: `street`, then the country.
    public var address: [SafeText] { country.isEmpty ? street : street + [country] }

    public init(json: JSONValue) {
        name = SafeText(html: [json["firstname"].string, json["lastname"].string].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " "))
        company = json["companyname"].text
        email = json["email"].text
        let cityLine = [json["postcode"].string, json["city"].string, json["state"].string].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        street = [json["address1"].text, json["address2"].text, SafeText(html: cityLine)].filter { !$0.isEmpty }
        country = json["country"].text
    }
}

/// `GET /invoice/{id}`
public struct InvoiceDetail: Sendable, Hashable, Identifiable {
    public let id: String
    public let number: SafeText
    public let status: InvoiceStatus
    public let date: APIDate?
    public let dueDate: APIDate?
    public let paidDate: APIDate?
    public let subtotal: Decimal
    public let credit: Decimal
    public let tax: Decimal
    public let taxRate: Decimal
    public let tax2: Decimal
    public let taxRate2: Decimal
    public let total: Decimal
    /// What is still to pay: the server's `balance`, else total less the credit applied.
    public let amountDue: Decimal
    public let currency: SafeText
    public let notes: SafeText
    public let items: [InvoiceItem]
    public let client: InvoiceClient?

    public init(json: JSONValue) {
        let head = InvoiceSummary(json: json)
        id = head.id
        number = head.number
        status = head.status
        date = head.date
        dueDate = head.dueDate
        paidDate = head.paidDate
        total = head.total
        currency = head.currency
        subtotal = json["subtotal"].money ?? 0
        let applied = json["credit"].money ?? 0
        credit = applied
        tax = json["tax"].money ?? 0
        taxRate = json["taxrate"].decimal ?? 0
        tax2 = json["tax2"].money ?? 0
        taxRate2 = json["taxrate2"].decimal ?? 0
        amountDue = json["balance"].money ?? max(0, head.total - applied)
        notes = json["notes"].text
        items = json["items"].list.map(InvoiceItem.init(json:))
        client = json["client"].object.isEmpty ? nil : InvoiceClient(json: json["client"])
    }

    /// True when credit may be applied (the invoice is not settled).
    public var isUnpaid: Bool { status == .unpaid }
}
