import Foundation
import Testing
@testable import PortalAPI

@Suite struct SpecExampleDecodingTests {
    @Test func balanceExampleIsInvalidJSONAndIsReportedNotCrashed() {
        #expect(throws: APIError.self) { try parse(SpecExamples.balance) }
    }

    @Test func balanceExampleWithoutTheExtraBraces() throws {
        var text = SpecExamples.balance.trimmingCharacters(in: .whitespacesAndNewlines)
        text = String(text.dropFirst().dropLast())   // the spec wraps the object in a second pair of braces
        let b = Balance(json: try parse(text))
        #expect(b.currency == "USD")
        #expect(b.balance == Decimal(string: "123456.55"))
        #expect(b.credit == 0)
    }

    @Test func invoicesExample() throws {
        let list = try parse(SpecExamples.invoices)["invoices"].list.map(InvoiceSummary.init(json:))
        #expect(list.count == 1)
        let i = try #require(list.first)
        #expect(i.id == "308976")
        #expect(i.number == "2016/12/1")
        #expect(i.status == .paid)
        #expect(i.total == Decimal(string: "19.65"))
        #expect(i.date?.description == "2016-12-30")
        #expect(i.paidDate?.description == "2016-12-30 12:40:47")
        #expect(i.currency == "USD")
    }

    @Test func invoiceDetailExampleMixesStringsAndNumbers() throws {
        let d = InvoiceDetail(json: try parse(SpecExamples.invoice)["invoice"])
        #expect(d.id == "308976")
        #expect(d.subtotal == Decimal(string: "16.24"))
        #expect(d.tax == Decimal(string: "3.41"))
        #expect(d.taxRate == 21)
        #expect(d.total == Decimal(string: "19.65"))
        #expect(d.items.map(\.id) == ["12305", "12309"])
        #expect(d.items[1].description == "PayPal Payment Fee")
        #expect(d.items[1].lineTotal == Decimal(string: "1.24"))
        #expect(d.items[0].taxed)
        #expect(d.client?.name == "Joe Doe")
        #expect(d.client?.address.map(\.value) == ["Pretty View Lane", "3194", "Santa Rosa, California 95401", "US"])
        #expect(!d.isUnpaid)
    }

    @Test func servicesExample() throws {
        let list = try parse(SpecExamples.services)["services"].list.map(ServiceSummary.init(json:))
        let s = try #require(list.first)
        #expect(s.id == "301")
        #expect(s.domain == "examplename.com")
        #expect(s.product == "Starter Hosting")
        #expect(s.status == .pending)
        #expect(s.billingCycle.label == "Monthly")
        #expect(s.billingCycle.symbol == "m")
        #expect(s.nextDue == APIDate("2017-12-30"))
        #expect(s.total == Decimal(string: "9.99"))
        #expect(s.category == "Hosting")
    }

    @Test func serviceDetailExample() throws {
        let s = ServiceDetail(json: try parse(SpecExamples.service)["service"])
        #expect(s.id == "301")
        #expect(s.status == .active)
        #expect(s.created?.description == "2016-12-30")
        #expect(s.nextInvoice?.description == "2017-01-27")
        #expect(s.firstPayment == Decimal(string: "9.99"))
        #expect(s.username == "examplen")
        #expect(s.password == "pdtzc")
        #expect(s.label.isEmpty)
    }

    @Test func methodsExample() throws {
        let m = try parse(SpecExamples.methods)["methods"].list.map(ServiceMethod.init(json:))
        #expect(m.count == 5)
        #expect(m.compactMap(\.action) == [.upgrade, .upgradeOptions, .setLabel, .label, .cancel])
        #expect(m[0].route == "/service/@id/upgrade")
    }

    @Test func upgradeOptionsExample() throws {
        let u = UpgradeOptions(json: try parse(SpecExamples.upgradeOptions))
        #expect(u.packages.isEmpty)
        let r = try #require(u.resources.first)
        #expect(r.id == "1557")
        #expect(r.name == "Bandwidth")
        #expect(r.items.map(\.id) == ["9953", "10103", "10104"])
        #expect(r.selectedItem?.name == "100 GB")
        #expect(r.items[2].price == 10)
        #expect(!r.takesQuantity)
    }

    @Test func labelExample() throws {
        #expect(try parse(SpecExamples.label).payload("label").text == "example")
    }

    @Test func categoriesExample() throws {
        let c = try parse(SpecExamples.categories)["categories"].list.map(ProductCategory.init(json:))
        #expect(c.map(\.id) == ["10", "6", "16"])
        #expect(c.map(\.name.value) == ["Hosting", "Domains", "Dedicated"])
        #expect(c[2].slug == "dedicated")
    }

    @Test func productsExampleWithRawNewlinesAndElisions() throws {
        let p = try parse(repairedExample(SpecExamples.products))["products"].list.map(Product.init(json:))
        let first = try #require(p.first)
        #expect(first.id == "333")
        #expect(first.description.lines == ["Disk:10GB", "Memory:2GB", "MySql:10 DB", "Email:100 Users"])
        #expect(!first.description.value.contains("\n"))
        #expect(first.periods.map(\.cycle.label) == ["Monthly", "Annually", "Biennially", "Triennially"])
        #expect(first.periods[1].price == Decimal(string: "109.89"))
        #expect(first.defaultPeriod?.cycle.symbol == "m")
        #expect(first.inStock)
    }

    @Test func productConfigurationExample() throws {
        let c = ProductConfiguration(json: try parse(repairedExample(SpecExamples.productConfiguration))["product"])
        #expect(c.id == "333")
        #expect(c.categoryID == "49")
        #expect(c.recurring.label == "Monthly")
        #expect(c.cycles.map { $0.cycle.symbol ?? "?" } == ["m", "a", "b", "t"])
        #expect(c.defaultCycle?.price == Decimal(string: "9.99"))
        #expect(c.asksForDomain)
        let disk = try #require(c.forms.first)
        #expect(disk.id == "1618")
        #expect(disk.kind == .select)
        #expect(disk.kind.submission == .pickOne)
        #expect(disk.firstItemID == "10330")
        #expect(disk.name == "custom[1618]")
        #expect(disk.items.map(\.title.value) == ["512MB", "1GB", "2GB"])
        #expect(disk.items[1].id == "10331")
        let addon = try #require(c.addons.first)
        #expect(addon.id == "31")
        #expect(addon.title == "Cpanel2: Add Extra IP")
        #expect(!addon.checkedByDefault)
        #expect(addon.cycles.map { $0.cycle.symbol ?? "?" } == ["m", "q", "a"])
        #expect(addon.cycles[1].price == 20)
        #expect(c.subproducts.isEmpty)
    }
}
