import Foundation

/// Generated accounts for the benchmarks (pio-bench, Benchmarks/), the same on every run.
/// List answers in HostBill's shape (strings everywhere), like `pio-sandbox --dataset large`.
public enum Account {
    static let invoiceStatuses = ["Paid", "Paid", "Paid", "Unpaid", "Cancelled", "Refunded"]
    static let serviceStatuses = ["Active", "Active", "Active", "Active", "Pending", "Suspended", "Cancelled", "Terminated"]
    static let cycles = ["Monthly", "Monthly", "Quarterly", "Semi-Annually", "Annually", "Biennially"]
    static let products = [("Starter Hosting", "Web Hosting"), ("Business Hosting", "Web Hosting"), ("Cloud VPS", "Cloud Servers"),
                           ("Custom VPS", "Cloud Servers"), ("EPYC 7313P Dedicated", "Dedicated Servers"), ("SSL Certificate", "Extras")]
    static let words = ["alpha", "bravo", "delta", "ember", "fjord", "granite", "harbor", "indigo", "juniper", "kestrel",
                        "lumen", "meridian", "nimbus", "orchid", "pylon", "quartz", "raven", "summit", "tundra", "vertex"]

    /// 2024–2026 invoices, a sixth of them unpaid, all in USD.
    public static func invoicesAnswer(_ n: Int) -> Data {
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
    public static func servicesAnswer(_ n: Int) -> Data {
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
