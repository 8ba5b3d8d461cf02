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
    /// Street lines and the city line as the country writes it (see `cityLine`), non-empty ones
    /// only (no country).
    public let street: [SafeText]
    /// The country as the server sends it (usually an ISO code such as "US").
    public let country: SafeText

    /// Address lines as printed: `street`, then the country.
    public var address: [SafeText] { country.isEmpty ? street : street + [country] }

    public init(json: JSONValue) {
        name = SafeText(html: [json["firstname"].string, json["lastname"].string].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " "))
        company = json["companyname"].text
        email = json["email"].text
        country = json["country"].text
        let cityLine = InvoiceClient.cityLine(city: json["city"].string ?? "", state: json["state"].string ?? "",
                                              postcode: json["postcode"].string ?? "", country: country.value)
        street = [json["address1"].text, json["address2"].text, SafeText(html: cityLine)].filter { !$0.isEmpty }
    }

    /// The line under the street as the country's post writes it: "Santa Rosa, California 95401"
    /// in the US, "London SW1A 1AA" (and the county) in Britain, "10115 Berlin" in Germany and the
    /// other countries that put the postcode first; unknown countries get postcode, city, state.
    public static func cityLine(city: String, state: String, postcode: String, country: String) -> String {
        func join(_ parts: [String], _ separator: String = " ") -> String {
            parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: separator)
        }
        switch country.trimmingWhitespace().uppercased() {
        case "US", "CA", "AU":
            return join([city, join([state, postcode])], ", ")
        case "GB", "UK", "IE":
            return join([city, state, postcode])
        default:
            return join([postcode, city, state])
        }
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
    /// What is still to pay, by `InvoiceDetail.amountDue(status:…)`: the pane, `pio invoice` and
    /// its JSON all read this one figure.
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
        amountDue = InvoiceDetail.amountDue(status: head.status, balance: json["balance"].money, total: head.total, credit: applied)
        notes = json["notes"].text
        items = json["items"].list.map(InvoiceItem.init(json:))
        client = json["client"].object.isEmpty ? nil : InvoiceClient(json: json["client"])
    }

    /// True when credit may be applied (the invoice is not settled).
    public var isUnpaid: Bool { status == .unpaid }

    /// The one rule for what an invoice still asks to be paid. A settled invoice (paid,
    /// cancelled, refunded, a credit note, a draft not yet issued) owes nothing, whatever its
    /// `balance` says (installs send the total there for an invoice paid by card); an owed one
    /// (unpaid, collections, a status pio does not know) owes the server's `balance`, else its
    /// total less the credit applied.
    public static func amountDue(status: InvoiceStatus, balance: Decimal?, total: Decimal, credit: Decimal) -> Decimal {
        switch status {
        case .paid, .cancelled, .refunded, .creditNote, .draft: return 0
        case .unpaid, .collections, .other: return balance ?? max(0, total - credit)
        }
    }
}

/// The account's currency as pio can name it: `/balance` may send an empty `currency` while the
/// invoices carry theirs.
public enum AccountCurrency: Sendable, Hashable {
    /// The balance's own currency.
    case server(String)
    /// None on the balance; every invoice carries this one.
    case invoices(String)
    /// None on the balance, and the invoices carry none, several, or are not known.
    case unknown

    /// From the balance (nil while not loaded) and the currencies the loaded invoices carry.
    public init(balance: Balance?, invoiceCurrencies: some Sequence<String>) {
        let own = balance?.currency.value.trimmingWhitespace() ?? ""
        if !own.isEmpty { self = .server(own); return }
        var found: String?
        for currency in invoiceCurrencies {
            let c = currency.trimmingWhitespace()
            if c.isEmpty { continue }
            if let f = found, f != c { self = .unknown; return }
            found = c
        }
        self = found.map { .invoices($0) } ?? .unknown
    }

    /// The code to write after amounts; empty when unknown.
    public var code: String {
        switch self {
        case .server(let c), .invoices(let c): return c
        case .unknown: return ""
        }
    }

    /// Said once where the currency would stand: nil when known.
    public static let unknownNote = "currency not given by the server"
}
