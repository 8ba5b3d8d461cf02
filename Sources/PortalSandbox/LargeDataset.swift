import Foundation

/// A generated account for scrolling and performance work: the demo catalogue and login,
/// `services` services and `invoices` invoices, the same on every run.
enum LargeDataset {
    static let statuses = ["Active", "Active", "Active", "Active", "Pending", "Suspended", "Cancelled", "Terminated"]
    static let cycles = ["m", "m", "q", "s", "a", "b"]
    static let invoiceStatuses = ["Paid", "Paid", "Paid", "Unpaid", "Cancelled", "Refunded"]
    static let words = ["alpha", "bravo", "delta", "ember", "fjord", "granite", "harbor", "indigo", "juniper", "kestrel",
                        "lumen", "meridian", "nimbus", "orchid", "pylon", "quartz", "raven", "summit", "tundra", "vertex"]

    static func make(base: Dataset, services count: Int, invoices invoiceCount: Int) -> Dataset {
        var rng = SplitMix64(seed: 42)
        var data = base
        let products = base.catalogue.products.filter { $0.paytype != "Free" }
        data.services = (0..<count).map { n in
            let product = products[Int(rng.next() % UInt64(max(1, products.count)))]
            let cycle = product.periods[Int(rng.next() % UInt64(product.periods.count))]
            let status = statuses[Int(rng.next() % UInt64(statuses.count))]
            let word = words[n % words.count]
            let id = 10_000 + n
            let due = day(2026, 12, 1 + Int(rng.next() % 28), plusMonths: Int(rng.next() % 14))
            let methods: [String] = n % 3 == 0 ? ["label"] : ["upgrade", "label", "cancel"]
            return Service(
                id: id, productId: product.id, domain: "\(word)-\(n).pio-large.example", status: status,
                billingcycle: BillingCycles.word(cycle.cycle), dateCreated: "2024-01-01", nextDue: due, nextInvoice: due,
                firstpayment: cycle.price, total: cycle.price, label: n % 4 == 0 ? "\(word) node \(n)" : "",
                username: "user\(n)", password: "pw-\(n)", methods: methods,
                resources: methods.contains("upgrade") ? sampleResources(n) : [], packages: [], cancelRequested: nil)
        }
        data.invoices = (0..<invoiceCount).map { n in
            let id = 500_000 + n
            let status = invoiceStatuses[Int(rng.next() % UInt64(invoiceStatuses.count))]
            let cents = 100 + Int(rng.next() % 50_000)
            let date = day(2024, 1 + n % 12, 1 + n % 28, plusMonths: n / 12)
            let serviceId = count > 0 ? 10_000 + n % count : 0
            return Invoice(
                id: id, number: "\(date.prefix(4))/\(n + 1)", status: status, date: date, duedate: date,
                datepaid: status == "Paid" ? "\(date) 10:00:00" : nil, credit: Amount(0), taxrate: Amount(0), notes: "",
                items: [Invoice.Item(id: 900_000 + n, type: "Hosting", itemId: serviceId,
                                     description: "Service #\(serviceId) renewal", amount: Amount(Decimal(cents) / 100),
                                     qty: Amount(1), taxed: false)])
        }
        return data
    }

    private static func sampleResources(_ n: Int) -> [Service.Resource] {
        [Service.Resource(id: 1570, name: "vCPU", type: "slider",
                          items: [.init(id: 10420, name: "vCPU core", price: Amount(3), setupPrice: Amount(0))],
                          selected: nil, qty: 1 + n % 4, min: 1, max: 16)]
    }

    private static func day(_ year: Int, _ month: Int, _ day: Int, plusMonths: Int) -> String {
        let total = (month - 1) + plusMonths
        let y = year + total / 12, m = total % 12 + 1
        return String(format: "%04d-%02d-%02d", y, m, day)
    }
}
