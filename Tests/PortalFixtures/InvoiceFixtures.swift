import Foundation
import PortalAPI
import PortalStore

/// Invoices and invoice details shared by the store and view tests.
public enum InvoiceFixtures {
    public static func invoice(_ id: String, number: String? = nil, status: String = "Paid", date: String = "2026-11-01",
                               due: String = "2026-11-15", paid: String = "0000-00-00", total: String = "9.99",
                               currency: String = "USD") -> InvoiceSummary {
        InvoiceSummary(json: Fixtures.json("""
        {"id":"\(id)","number":"\(number ?? "2026/\(id)")","status":"\(status)","date":"\(date)","duedate":"\(due)",
         "datepaid":"\(paid)","total":"\(total)","currency":"\(currency)"}
        """))
    }

    /// Today in the list tests: 309010 is due later, 309011 is overdue, 309012 is unpaid in EUR.
    public static let today = APIDate("2026-11-20")

    public static let invoices: [InvoiceSummary] = [
        invoice("309010", status: "Unpaid", date: "2026-11-15", due: "2026-12-15", total: "6.99"),
        invoice("309011", status: "Unpaid", date: "2026-11-01", due: "2026-11-10", total: "38.72"),
        invoice("309012", status: "Unpaid", date: "2026-10-01", due: "2026-12-31", total: "14.37", currency: "EUR"),
        invoice("308976", status: "Paid", date: "2026-10-15", due: "2026-10-29", paid: "2026-10-20", total: "7.54"),
        invoice("308950", status: "Cancelled", date: "2026-09-01", due: "2026-09-15", total: "14.37"),
        invoice("307010", status: "Collections", date: "2025-02-14", due: "2025-02-28", total: "49.90"),
    ]

    /// `count` invoices with a spread of statuses, dates and totals, the same on every call.
    public static func many(_ count: Int) -> [InvoiceSummary] {
        let statuses = ["Paid", "Paid", "Unpaid", "Cancelled", "Refunded", "Paid", "Collections"]
        return (0..<count).map { n in
            let month = n % 12 + 1, day = n % 28 + 1
            return invoice(String(100_000 + n), number: "\(2020 + n % 7)/\(month)/\(n)", status: statuses[n % statuses.count],
                           date: String(format: "%04d-%02d-%02d", 2020 + n % 7, month, day),
                           due: String(format: "%04d-%02d-%02d", 2020 + n % 7, month, min(28, day + 14)),
                           total: "\(n % 500).\(String(format: "%02d", n % 100))")
        }
    }

    public static func detail(_ json: String) -> InvoiceDetail { InvoiceDetail(json: Fixtures.json(json)) }
}

extension InvoiceFixtures {
    /// An overdue unpaid invoice with twelve items, two taxes, a long and a CJK description.
    public static func manyItems(credit: String = "0", balance: String? = nil) -> InvoiceDetail {
        let amount = "26.00"
        var items = [
            #"{"id":"1","type":"Hosting","description":"Cloud VPS - vps01.pio-demo.example<br>(2026-12-10 - 2027-01-09)","amount":"\#(amount)","qty":"1","linetotal":"\#(amount)","taxed":"1"}"#,
            #"{"id":"2","type":"Addon","description":"Extra IPv4 address &times; 2","amount":"3.00","qty":"2","linetotal":"6.00","taxed":"1"}"#,
            #"{"id":"3","type":"Hosting","description":"東京リージョン クラウドサーバー（マネージド）月額プラン","amount":"12.50","qty":"1","linetotal":"12.50","taxed":"1"}"#,
            #"{"id":"4","type":"Other","description":"Website migration &amp; DNS move for <code>shop.pio-demo.example</code>, including the mail accounts, the old forwarding rules and a week of parallel running","amount":"49.00","qty":"1","linetotal":"49.00","taxed":"0"}"#,
        ]
        for n in 5...12 {
            items.append(#"{"id":"\#(n)","type":"Addon","description":"Backup slot \#(n)","amount":"1.50","qty":"\#(n)","linetotal":"\#(Decimal(n) * Decimal(string: "1.5")!)","taxed":"1"}"#)
        }
        return detail("""
        {"id":"309011","number":"2026/11/2","status":"Unpaid","date":"2026-11-01","duedate":"2026-11-10","datepaid":"0000-00-00",
         "subtotal":"195.50","credit":"\(credit)","tax":"30.77","taxrate":"21","tax2":"4.40","taxrate2":"3","total":"230.67",
         \(balance.map { "\"balance\":\"\($0)\"," } ?? "")
         "currency":"USD","notes":"Reverse charge does not apply.","items":[\(items.joined(separator: ","))],
         "client":{"firstname":"Dana","lastname":"Demo","companyname":"PIO Demo Ltd","email":"demo@example.com",
                   "address1":"1 Sandbox Lane","address2":"Suite 42","city":"Santa Rosa","state":"California","postcode":"95401","country":"US"}}
        """)
    }

    /// A paid invoice in yen (no decimals), with a CJK description and a 10% tax.
    public static let yen = detail("""
    {"id":"309100","number":"JP-2026-0042","status":"Paid","date":"2026-11-03","duedate":"2026-11-17","datepaid":"2026-11-05",
     "subtotal":"7950","credit":"0","tax":"795","taxrate":"10","total":"8745","balance":"0","currency":"JPY",
     "items":[{"id":"1","type":"Hosting","description":"東京リージョン クラウドサーバー（マネージド）","amount":"4900","qty":"1","linetotal":"4900"},
              {"id":"2","type":"Addon","description":"追加 IPv4 アドレス","amount":"300","qty":"2","linetotal":"600"},
              {"id":"3","type":"Addon","description":"バックアップ 100 GB","amount":"1225","qty":"2","linetotal":"2450"}],
     "client":{"firstname":"花子","lastname":"山田","companyname":"株式会社ピオ","address1":"千代田区丸の内1-1-1","city":"東京都","postcode":"100-0005","country":"JP"}}
    """)

    /// A short unpaid invoice: one item, 6.99 due.
    public static let unpaid = detail("""
    {"id":"309010","number":"2026/309010","status":"Unpaid","date":"2026-11-15","duedate":"2026-12-15","datepaid":"0000-00-00",
     "subtotal":"6.99","credit":"0","tax":"0","taxrate":"0","total":"6.99","balance":"6.99","currency":"USD",
     "items":[{"id":"1","type":"Hosting","description":"Starter Hosting - pio-demo.example","amount":"6.99","qty":"1","linetotal":"6.99"}]}
    """)

    public static let paid = detail("""
    {"id":"308976","number":"2026/308976","status":"Paid","date":"2026-10-15","duedate":"2026-10-29","datepaid":"2026-10-20",
     "subtotal":"7.54","credit":"0","total":"7.54","currency":"USD",
     "items":[{"id":"1","type":"Hosting","description":"Starter Hosting","amount":"7.54","qty":"1","linetotal":"7.54"}]}
    """)

    public static let credit = Balance(currency: "USD", balance: Decimal(string: "104.98")!, credit: 25)
}

extension Store {
    /// Signed in, the invoices section selected with its list (and the balance) loaded.
    public static func invoices(_ rows: [InvoiceSummary] = InvoiceFixtures.invoices, balance: Balance = InvoiceFixtures.credit,
                                width: Int = 80, height: Int = 24) -> Store {
        var store = loaded(width: width, height: height)
        store.state.invoices.setToday(InvoiceFixtures.today)
        store.send(.selectSection(.invoices))
        let list = store.key(for: .invoices)!
        let credit = store.key(for: .balance)!
        store.send(.received(list, .invoices(.success(InvoiceList(rows, today: InvoiceFixtures.today)))))
        store.send(.received(credit, .balance(.success(balance))))
        return store
    }

    /// The invoices section with `invoice` open (its row selected first when it is in the list).
    public static func invoice(_ invoice: InvoiceDetail = InvoiceFixtures.unpaid, balance: Balance = InvoiceFixtures.credit,
                               width: Int = 80, height: Int = 24) -> Store {
        var store = invoices(balance: balance, width: width, height: height)
        for _ in 0..<10 where store.state.invoices.selectedInvoice?.id != invoice.id { store.send(.move(1)) }
        if store.state.invoices.selectedInvoice?.id == invoice.id {
            store.send(.open)
        } else {
            store.state.invoices.path = [.detail(InvoiceDetailState(invoiceID: invoice.id))]
            store.send(.refresh)
            if let credit = store.key(for: .balance) { store.send(.received(credit, .balance(.success(balance)))) }
        }
        let key = RequestKey(.invoiceDetail, generation: store.state.requests.pending[.invoiceDetail]!)
        store.send(.received(key, .invoice(.success(invoice))))
        return store
    }
}
