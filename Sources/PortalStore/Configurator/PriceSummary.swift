import FoundationEssentials
import PortalAPI

/// The estimate shown before ordering: the product in its cycle, each chosen item's contribution,
/// addons in their own cycles, and what is due today. All `Decimal`.
public struct PriceSummary: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public let label: SafeText
        public let recurring: Decimal
        public let setup: Decimal
        public let cycle: BillingCycle
    }

    public struct CycleTotal: Sendable, Equatable {
        public let cycle: BillingCycle
        public let amount: Decimal
    }

    /// The product itself in the chosen cycle; nil when the product offers no cycle.
    public let base: Line?
    /// One line per chosen item of a visible field (price × quantity for quantities).
    public let options: [Line]
    public let addons: [Line]

    public var lines: [Line] { (base.map { [$0] } ?? []) + options + addons }
    /// Recurring amounts grouped by cycle, the product's cycle first.
    public var recurring: [CycleTotal] {
        var order: [String] = [], sums: [String: Decimal] = [:], cycles: [String: BillingCycle] = [:]
        for line in lines {
            let key = line.cycle.symbol ?? line.cycle.raw
            if sums[key] == nil { order.append(key); cycles[key] = line.cycle }
            sums[key, default: 0] += line.recurring
        }
        return order.map { CycleTotal(cycle: cycles[$0]!, amount: sums[$0]!) }
    }
    public var setup: Decimal { lines.reduce(0) { $0 + $1.setup } }
    /// First period of everything plus every setup fee. An estimate: the server's invoice decides.
    public var dueToday: Decimal { lines.reduce(0) { $0 + $1.recurring + $1.setup } }
    public let isEstimate = true
}

extension Configurator {
    public var priceSummary: PriceSummary {
        let cycle = period?.cycle ?? product.recurring
        let base = period.map {
            PriceSummary.Line(label: product.name, recurring: $0.price, setup: $0.setup, cycle: $0.cycle)
        }
        var options: [PriceSummary.Line] = []
        func add(_ f: ConfiguratorField, _ item: FormItem, times n: Decimal, label: String) {
            guard item.price != 0 || item.setup != 0 else { return }
            options.append(.init(label: SafeText(label), recurring: item.price * n, setup: item.setup * n, cycle: cycle))
        }
        for f in fields where !f.hidden {
            switch f.value {
            case .pickOne(let id):
                if let item = f.item(id) { add(f, item, times: 1, label: "\(f.title): \(item.title.value)") }
            case .toggles(let on):
                for item in f.form.items where on.contains(item.id) { add(f, item, times: 1, label: "\(f.title): \(item.title.value)") }
            case .quantity(let n):
                if n > 0, let item = f.item(f.firstItemID) { add(f, item, times: n, label: "\(f.title) × \(n)") }
            case .pickOneWithQuantity(let id, let n):
                if n > 0, let item = f.item(id) { add(f, item, times: n, label: "\(f.title): \(item.title.value) × \(n)") }
            case .text(let t):
                if !t.text.trimmingWhitespace().isEmpty, let item = f.item(f.firstItemID) {
                    add(f, item, times: 1, label: f.title)
                }
            case .serverDefault:
                break
            }
        }
        let extras = (addons + subproducts).filter(\.chosen).compactMap { e in
            e.period.map { PriceSummary.Line(label: e.addon.title, recurring: $0.price, setup: $0.setup, cycle: $0.cycle) }
        }
        return PriceSummary(base: base, options: options, addons: extras)
    }
}
