import Foundation
import Testing
@testable import PortalAPI

/// HostBill's quirks from hostbill-notes.md, one fixture each.
@Suite struct QuirkDecodingTests {
    @Test func idsAndMoneyAsNumbersOrStrings() throws {
        let a = ServiceSummary(json: try parse(#"{"id": 301, "total": 9.99, "next_due": "2017-12-30"}"#))
        let b = ServiceSummary(json: try parse(#"{"id": "301", "total": "9.99"}"#))
        #expect(a.id == "301" && b.id == "301")
        #expect(a.total == b.total)
        #expect(a.total == Decimal(string: "9.99"))
    }

    @Test func moneyIsExactDecimalNotDouble() throws {
        let i = InvoiceSummary(json: try parse(#"{"id": "1", "total": 0.1}"#))
        let j = InvoiceSummary(json: try parse(#"{"id": "1", "total": "1,234.50"}"#))
        #expect(i.total == Decimal(string: "0.1"))
        #expect(j.total == Decimal(string: "1234.5"))
    }

    @Test func emptyArrayWhereAnObjectIsExpected() throws {
        let b = Balance(json: try parse(#"{"details": []}"#))
        #expect(b.balance == 0 && b.currency.isEmpty)
        let d = InvoiceDetail(json: try parse(#"{"id": "5", "client": [], "items": {}}"#))
        #expect(d.client == nil)
        #expect(d.items.isEmpty)
        let c = ProductConfiguration(json: try parse(#"{"id": "1", "config": []}"#))
        #expect(c.forms.isEmpty && c.addons.isEmpty && c.cycles.isEmpty)
    }

    @Test func idKeyedObjectsWhereAListIsExpected() throws {
        let j = try parse(#"{"services": {"301": {"id": "301", "name": "B"}, "12": {"id": "12", "name": "A"}}}"#)
        let list = j["services"].list.map(ServiceSummary.init(json:))
        #expect(list.map(\.id) == ["12", "301"])
    }

    @Test(arguments: ["0000-00-00", "", "0000-00-00 00:00:00", "not a date"])
    func unsetDatesAreNil(_ text: String) {
        #expect(APIDate(text) == nil)
    }

    @Test func datesWithAndWithoutTime() throws {
        let d = try #require(APIDate("2016-12-30 12:40:47"))
        #expect(d.dateString == "2016-12-30")
        #expect(d.hour == 12 && d.second == 47)
        #expect(try #require(APIDate("2016-12-30")) < d)
        let s = ServiceSummary(json: try parse(#"{"id": "1", "next_due": "0000-00-00"}"#))
        #expect(s.nextDue == nil)
    }

    @Test func unknownStatusesAndCyclesKeptAsText() throws {
        let s = ServiceSummary(json: try parse(#"{"id": "1", "status": "Awaiting <b>Setup</b>", "billingcycle": "Every Blue Moon"}"#))
        #expect(s.status == .other("Awaiting Setup"))
        #expect(s.status.label == "Awaiting Setup")
        #expect(s.billingCycle.label == "Every Blue Moon")
        #expect(s.billingCycle.symbol == nil)
        #expect(InvoiceStatus("Creditnote") == .creditNote)
        #expect(InvoiceStatus("Weird").label == "Weird")
    }

    @Test(arguments: [("h", "Hourly"), ("d", "Daily"), ("w", "Weekly"), ("m", "Monthly"), ("q", "Quarterly"),
                      ("s", "Semi-Annually"), ("a", "Annually"), ("b", "Biennially"), ("t", "Triennially"),
                      ("p4", "Quadrennially"), ("p5", "Quinquennially"), ("free", "Free"), ("once", "One Time")])
    func cycleSymbols(_ symbol: String, _ label: String) {
        #expect(BillingCycle(symbol).label == label)
        #expect(BillingCycle(label).symbol == symbol)
    }

    @Test func missingOptionalFields() throws {
        let s = ServiceDetail(json: try parse(#"{"id": 7}"#))
        #expect(s.id == "7" && s.domain.isEmpty && s.nextDue == nil && s.firstPayment == nil && s.total == 0)
        #expect(s.status == .other(""))
        let p = Product(json: try parse(#"{"id": "1"}"#))
        #expect(p.periods.isEmpty && p.defaultPeriod == nil)
    }

    @Test func payloadWrappedInDataWithPages() throws {
        let j = try parse(#"{"data": {"invoices": [{"id": "1"}]}, "page": {"current": 1, "total": 3}}"#)
        #expect(j.payload("invoices").list.count == 1)
        let k = try parse(#"{"data": [{"id": "1"}, {"id": "2"}]}"#)
        #expect(k.payload("invoices").list.count == 2)
    }

    @Test func booleansInEveryShape() throws {
        for (text, expected) in [("true", true), ("1", true), ("\"1\"", true), ("\"true\"", true),
                                 ("false", false), ("0", false), ("\"0\"", false), ("\"\"", false)] {
            #expect(try parse("{\"selected\": \(text)}")["selected"].bool == expected)
        }
    }

    @Test func htmlDescriptionsBecomeText() throws {
        let c = ProductCategory(json: try parse(#"{"id": "1", "name": "Tom &amp; Jerry", "description": "Fast<br/>SSD &lt;NVMe&gt;<p>Backups</p>"}"#))
        #expect(c.name == "Tom & Jerry")
        #expect(c.description.lines == ["Fast", "SSD <NVMe>", "Backups"])
    }
}

@Suite struct ConfiguratorDecodingTests {
    static let allTypes: [(String, FormKind, FormSubmission)] = [
        ("select", .select, .pickOne), ("radio", .radio, .pickOne), ("searchselect", .searchSelect, .pickOne),
        ("checkbox", .checkbox, .toggles), ("multicheckbox", .multiCheckbox, .toggles), ("check", .checkbox, .toggles),
        ("qty", .qty, .quantity), ("slider", .slider, .quantity), ("sliderinput", .sliderInput, .quantity),
        ("slidersequenced", .sliderSequenced, .quantity), ("selectqty", .selectQty, .pickOneWithQuantity),
        ("input", .input, .text), ("textarea", .textarea, .text), ("encryptedinput", .encryptedInput, .text),
        ("encryptedpassword", .encryptedPassword, .text), ("datepicker", .datePicker, .text),
        ("fileupload", .unknown("fileupload"), .readOnly), ("sshkeys", .unknown("sshkeys"), .readOnly),
    ]

    @Test func everyFormTypeOfTheNotes() throws {
        for (type, kind, submission) in Self.allTypes {
            let f = FormField(json: try parse("{\"type\": \"\(type)\", \"id\": \"5\", \"items\": [{\"id\": 9}]}"))
            #expect(f.kind == kind, "\(type)")
            #expect(f.kind.submission == submission, "\(type)")
            #expect(f.firstItemID == "9")
        }
    }

    @Test func sliderLimitsAndConditionals() throws {
        let f = FormField(json: try parse(#"""
        {"type": "slider", "id": "77", "firstItemId": "501", "required": "1",
         "config": {"minvalue": "1", "maxvalue": 64, "step": 1, "initialval": "2",
                    "conditionals": [{"condition": "more", "conditionval": "8", "action": "show", "target": "78"},
                                     {"condition": "eq", "conditionval": "1", "action": "setval", "target": 79, "targetval": "10"}]},
         "items": [{"id": 501, "title": "Cores", "value": 1, "price": "2.50"}]}
        """#))
        #expect(f.required)
        #expect(f.minimum == 1 && f.maximum == 64 && f.step == 1 && f.initialValue == 2)
        #expect(f.firstItemID == "501")
        #expect(f.items.first?.price == Decimal(string: "2.5"))
        #expect(f.conditionals.count == 2)
        #expect(f.conditionals[0].condition == .more && f.conditionals[0].action == .show && f.conditionals[0].target == "78")
        #expect(f.conditionals[1].action == .setValue && f.conditionals[1].target == "79" && f.conditionals[1].targetValue == "10")
    }
}
