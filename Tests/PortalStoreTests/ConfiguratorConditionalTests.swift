import Foundation
import PortalAPI
import PortalFixtures
@testable import PortalStore
import Testing

/// Conditionals run on every change: each action, each condition, and the inversion when false.
@Suite struct ConfiguratorConditionalTests {
    var model = Configurator(Fixtures.everyTypeProduct)

    @Test mutating func eqShowShowsWhileTheItemIsTickedAndHidesAgain() {
        model.toggle("20040", in: "2004")
        #expect(model.field("2013")?.hidden == false)
        model.toggle("20040", in: "2004")
        #expect(model.field("2013")?.hidden == true)
    }

    @Test mutating func eqHideHidesWhileTheItemIsChosenAndShowsAgain() {
        #expect(model.field("2015")?.hidden == false)
        model.choose("20011", in: "2001")
        #expect(model.field("2015")?.hidden == true)
        model.cycleChoice(in: "2001", by: 1)
        #expect(model.value("2001") == .pickOne("20010"))
        #expect(model.field("2015")?.hidden == false)
    }

    @Test mutating func moreShowShowsAboveTheValue() {
        model.adjust("2006", by: 1)
        #expect(model.field("2014")?.hidden == false)
        model.adjust("2006", by: -1)
        #expect(model.field("2014")?.hidden == true)
    }

    @Test mutating func lessHideHidesBelowTheValue() {
        model.adjust("2008", by: -1)
        #expect(model.value("2008") == .quantity(2))
        #expect(model.field("2009")?.hidden == true)
        model.adjust("2008", by: 1)
        #expect(model.field("2009")?.hidden == false)
    }

    @Test mutating func setvalSetsTheTargetWhenTheConditionBecomesTrue() {
        try? model.set("2007", to: "8")
        #expect(model.value("2008") == .quantity(4))       // 8 is not more than 8
        model.adjust("2007", by: 1)
        #expect(model.value("2008") == .quantity(32))
        model.adjust("2008", by: -1)                          // the customer may still change it
        #expect(model.value("2008") == .quantity(30))
    }

    @Test mutating func aHiddenFieldIsNeitherSubmittedNorValidated() throws {
        try model.set("2006", to: "1")
        try model.set("2014", to: "ptr.example.com")
        #expect(model.orderRequest().custom["2014"] == .text(itemID: "20140", "ptr.example.com"))
        try model.set("2006", to: "0")
        #expect(model.orderRequest().custom["2014"] == nil)
        model.fields[model.index(of: "2015")!].value = .text(TextFieldState(""))
        model.choose("20011", in: "2001")
        // Notes is hidden; a required hidden field would not be reported either.
        #expect(model.problems()[.form("2015")] == nil)
        #expect(model.priceSummary.options.allSatisfy { !$0.label.value.hasPrefix("Reverse DNS") })
    }

    @Test mutating func hidingAFieldClearsItsError() throws {
        try model.set("2006", to: "1")
        model.errors[.form("2014")] = "stale"
        try model.set("2006", to: "0")
        #expect(model.errors[.form("2014")] == nil)
    }

    @Test func conditionsCompareNumbersAndIds() {
        let rule = { (c: String, v: String) in
            FormConditional(json: Fixtures.json(#"{"condition":"\#(c)","conditionval":"\#(v)","action":"show","target":"1"}"#))
        }
        let qty = FormField(json: Fixtures.json(#"{"id":"9","type":"qty"}"#))
        #expect(Configurator.holds(rule("eq", "3"), for: .quantity(3), of: qty))
        #expect(!Configurator.holds(rule("eq", "3"), for: .quantity(4), of: qty))
        #expect(Configurator.holds(rule("less", "3"), for: .quantity(2), of: qty))
        #expect(!Configurator.holds(rule("less", "3"), for: .quantity(3), of: qty))
        #expect(Configurator.holds(rule("more", "3"), for: .quantity(4), of: qty))
        #expect(!Configurator.holds(rule("more", "x"), for: .quantity(4), of: qty))
        #expect(Configurator.holds(rule("eq", "abc"), for: .text(TextFieldState("abc")), of: qty))
        #expect(Configurator.holds(rule("eq", "7"), for: .pickOneWithQuantity("7", 2), of: qty))
        #expect(!Configurator.holds(rule("eq", "2"), for: .pickOneWithQuantity("7", 2), of: qty))
    }
}

extension Configurator {
    func value(_ id: String) -> FieldValue? { field(id)?.value }
}
