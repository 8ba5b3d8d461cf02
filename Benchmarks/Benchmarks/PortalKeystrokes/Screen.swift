import Benchmark
import Foundation
import PortalAPI
import PortalStore
import PortalUI

/// A signed-in portal at 80×24 and its frame, built the way Tests/bench/pio-bench builds it.
/// `pressNext` is one keystroke: the reduce of the next of `keys` (round robin), then a render of the
/// whole frame.
final class Screen {
    var state = AppState(user: "bench@example.com", width: 80, height: 24)
    let canvas = TextCanvas(width: 80, height: 24)
    var keys: [Action] = []
    private var pressed = 0

    init() {
        state.invoices.today = APIDate("2026-12-01")
        send(.start)
        send(.received(key(.session), .login(.success(Empty()))))
    }

    func send(_ action: Action) { blackHole(reduce(&state, action)) }

    func pressNext() {
        send(keys[pressed % keys.count])
        pressed += 1
        render(state, into: canvas)
    }

    func loadServices(_ count: Int) {
        let rows = try! JSONValue.parse(Account.servicesAnswer(count))["services"].list.map(ServiceSummary.init(json:))
        send(.received(key(.services), .services(.success(rows))))
        precondition(state.services.visibleServices.count == count)
    }

    /// Switches to the invoices list (press 2) and answers its request.
    func loadInvoices(_ count: Int) {
        send(.selectSection(.invoices))
        let rows = try! JSONValue.parse(Account.invoicesAnswer(count))["invoices"].list.map(InvoiceSummary.init(json:))
        send(.received(key(.invoices), .invoices(.success(InvoiceList(rows, today: state.invoices.today)))))
        precondition(state.invoices.visible.count == count)
    }

    /// Opens the filter line and types `text` into it.
    func filter(_ text: String) {
        send(.beginFilter)
        for c in text { send(.edit(.insert(String(c)))) }
    }

    private func key(_ slot: RequestSlot) -> RequestKey { RequestKey(slot, generation: state.requests.pending[slot]!) }
}

/// List answers in HostBill's shape (strings everywhere), like `pio-sandbox --dataset large`.
enum Account {
    static let invoiceStatuses = ["Paid", "Paid", "Paid", "Unpaid", "Cancelled", "Refunded"]
    static let serviceStatuses = ["Active", "Active", "Active", "Active", "Pending", "Suspended", "Cancelled", "Terminated"]
    static let cycles = ["Monthly", "Monthly", "Quarterly", "Semi-Annually", "Annually", "Biennially"]
    static let products = [("Starter Hosting", "Web Hosting"), ("Business Hosting", "Web Hosting"), ("Cloud VPS", "Cloud Servers"),
                           ("Custom VPS", "Cloud Servers"), ("EPYC 7313P Dedicated", "Dedicated Servers"), ("SSL Certificate", "Extras")]
    static let words = ["alpha", "bravo", "delta", "ember", "fjord", "granite", "harbor", "indigo", "juniper", "kestrel",
                        "lumen", "meridian", "nimbus", "orchid", "pylon", "quartz", "raven", "summit", "tundra", "vertex"]

    /// The same invoices as pio-bench's `listAnswer`.
    static func invoicesAnswer(_ n: Int) -> Data {
        var text = #"{"invoices":["#
        text.reserveCapacity(n * 240)
        for i in 0..<n {
            let date = String(format: "%04d-%02d-%02d", 2024 + i / 12 % 3, 1 + i % 12, 1 + i % 28)
            let status = invoiceStatuses[i % invoiceStatuses.count]
            let paid = status == "Paid" ? date + " 10:00:00" : "0000-00-00 00:00:00"
            if i > 0 { text += "," }
            text += #"{"id":"\#(500_000 + i)","date":"\#(date)","dateorig":"\#(date)","duedate":"\#(date)","paybefore":"\#(date)","#
                + #""total":"\#(1 + i % 500).\#(String(format: "%02d", i % 100))","datepaid":"\#(paid)","status":"\#(status)","#
                + #""merge_id":null,"number":"\#(date.prefix(4))\/\#(i + 1)","currency":"USD"}"#
        }
        return Data((text + "]}").utf8)
    }

    /// Services shaped like PortalSandbox's LargeDataset: `word-n.pio-large.example` on the demo products.
    static func servicesAnswer(_ n: Int) -> Data {
        var text = #"{"services":["#
        text.reserveCapacity(n * 300)
        for i in 0..<n {
            let (product, category) = products[i * 7 % products.count]
            let due = String(format: "%04d-%02d-%02d", 2026 + i / 12 % 2, 1 + i % 12, 1 + i * 3 % 28)
            if i > 0 { text += "," }
            text += #"{"id":"\#(10_000 + i)","domain":"\#(words[i % words.count])-\#(i).pio-large.example","#
                + #""total":"\#(1 + i % 90).\#(String(format: "%02d", i * 37 % 100))","status":"\#(serviceStatuses[i * 5 % 8])","#
                + #""billingcycle":"\#(cycles[i * 11 % cycles.count])","next_due":"\#(due)","category":"\#(category)","#
                + #""category_url":"\#(category.lowercased())","name":"\#(product)","label":""}"#
        }
        return Data((text + "]}").utf8)
    }
}
