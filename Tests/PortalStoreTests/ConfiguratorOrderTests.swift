import Foundation
import PortalAPI
import PortalFixtures
@testable import PortalStore
import Testing

/// The price estimate and the exact order body.
@Suite struct ConfiguratorOrderTests {
    var model = Configurator(Fixtures.everyTypeProduct)

    static func body(_ request: OrderRequest) -> String {
        String(decoding: request.body.encoded(), as: UTF8.self)
    }

    @Test func theDefaultsArePricedPerItemWithTheProductsSetup() {
        let s = model.priceSummary
        #expect(s.base == .init(label: "Every Type Server", recurring: 10, setup: 5, cycle: BillingCycle("m")))
        #expect(s.options.map(\.label.value) == ["Extras: Firewall", "vCPU × 2", "Memory (GB) × 4", "Bandwidth (TB) × 1", "Licences: Standard × 1"])
        #expect(s.options.map(\.recurring) == [2, 6, 8, Decimal(string: "0.5")!, 4])
        #expect(s.recurring == [.init(cycle: BillingCycle("m"), amount: Decimal(string: "30.5")!)])
        #expect(s.setup == 5)
        #expect(s.dueToday == Decimal(string: "35.5")!)
        #expect(s.isEstimate)
    }

    @Test mutating func addonsArePricedInTheirOwnCyclesAndEveryChangeShowsAtOnce() throws {
        model.choose("20021", in: "2002")
        try model.set("2006", to: "2")
        try model.chooseAddon("52", cycle: "q")
        try model.chooseAddon("51", cycle: "Annually")
        let s = model.priceSummary
        #expect(s.options.contains(.init(label: "Disk: NVMe", recurring: 3, setup: 1, cycle: BillingCycle("m"))))
        #expect(s.options.contains(.init(label: "Extra IPs × 2", recurring: 5, setup: 0, cycle: BillingCycle("m"))))
        #expect(s.addons == [.init(label: "Monitoring", recurring: 20, setup: 0, cycle: BillingCycle("a")),
                             .init(label: "DDoS protection", recurring: 25, setup: 10, cycle: BillingCycle("q"))])
        #expect(s.recurring.map(\.amount) == [Decimal(string: "38.5")!, 20, 25])
        #expect(s.recurring.map(\.cycle.label) == ["Monthly", "Annually", "Quarterly"])
        #expect(s.setup == 16)
        #expect(s.dueToday == Decimal(string: "99.5")!)
        model.toggleExtra(.addon("52"))
        #expect(model.priceSummary.dueToday == Decimal(string: "64.5")!)
    }

    @Test mutating func theCycleChangesTheBasePrice() throws {
        try model.setCycle("a")
        #expect(model.priceSummary.base?.recurring == 100)
        #expect(model.priceSummary.setup == 0)
    }

    @Test mutating func everyTypeIsSubmittedInItsShape() throws {
        try model.setCycle("a")
        try model.set("domain", to: "srv.example.com")
        for a in ["2001=America", "2002=nvme", "2004=Enable", "2005=Monitoring,20051", "2006=2", "2007=10",
                  "2009=5", "2010=Premium:3", "2011=tok-123", "2012=s3cret-passw0rd", "2013=2027-01-15",
                  "Reverse DNS=ptr.example.com"] {
            try model.set(assignment: a)
        }
        try model.chooseAddon("51", cycle: "a")
        let valid = model.validate()
        #expect(valid)
        let expected = #"{"addon":{"51":1},"addon_cycles":{"51":"a"},"custom":{"2001":20011,"2002":20021,"2003":20031,"#
            + #""2004":{"20040":1},"2005":{"20050":1,"20051":1},"2006":{"20060":2},"2007":{"20070":10},"2008":{"20080":32},"#
            + #""2009":{"20090":5},"2010":{"20101":3},"2011":{"20110":"tok-123"},"2012":{"20120":"s3cret-passw0rd"},"#
            + #""2013":{"20130":"2027-01-15"},"2014":{"20140":"ptr.example.com"}},"#
            + #""cycle":"a","domain":"srv.example.com","pay_method":12,"promocode":"PIO10"}"#
        #expect(Self.body(model.orderRequest(payMethod: " 12 ", promocode: "PIO10")) == expected)
    }

    @Test func theDefaultBodySendsTogglesEvenWhenEmptyAndLeavesOutWhatIsNotChosen() {
        let body = Self.body(model.orderRequest(payMethod: "", promocode: nil))
        #expect(body == #"{"custom":{"2001":20010,"2003":20031,"2004":{},"2005":{"20051":1},"2006":{"20060":0},"#
            + #""2007":{"20070":2},"2008":{"20080":4},"2009":{"20090":1},"2010":{"20100":1}},"cycle":"m"}"#)
    }
}
