import Foundation
import PortalAPI
import PortalFixtures
@testable import PortalStore
import Testing

/// Each form type becomes the value it submits, with the server's defaults.
@Suite struct ConfiguratorBuildTests {
    let model = Configurator(Fixtures.everyTypeProduct)

    func value(_ id: String) -> FieldValue? { model.field(id)?.value }

    @Test func pickOneTypesStartFromTheServersChoice() {
        #expect(value("2001") == .pickOne("20010"))      // select: the selected item
        #expect(value("2002") == .pickOne(nil))          // radio: nothing selected, nothing chosen
        #expect(value("2003") == .pickOne("20031"))      // searchselect: from value[]
    }

    @Test func toggleTypesStartWithTheTickedItems() {
        #expect(value("2004") == .toggles([]))
        #expect(value("2005") == .toggles(["20051"]))
    }

    @Test func quantityTypesStartAtInitialValueWithinTheirRule() {
        #expect(value("2006") == .quantity(0))
        #expect(value("2007") == .quantity(2))
        #expect(value("2008") == .quantity(4))
        #expect(model.field("2008")?.rule == QuantityRule(minimum: 2, maximum: 64, step: 2, initialValue: 4))
    }

    @Test func aSequencedSliderStepsThroughItsItemsValues() {
        let f = model.field("2009")!
        #expect(f.rule.sequence == [1, 2, 5, 10])
        #expect(f.value == .quantity(1))
        #expect(f.rule.moved(2, by: 1) == 5)
        #expect(f.rule.moved(10, by: 1) == 10)
        #expect(f.rule.moved(5, by: -2) == 1)
        #expect(f.rule.problem(3) == "must be one of 1, 2, 5, 10")
    }

    @Test func selectQtyStartsWithTheSelectedItemAndTheMinimum() {
        #expect(value("2010") == .pickOneWithQuantity("20100", 1))
    }

    @Test func selectQtyWithoutAPreselectedItemStartsOnTheFirstLikeTheServer() {
        let form = FormField(json: Fixtures.json(#"{"id":"5","type":"selectqty","config":{"minvalue":2},"items":[{"id":"51"},{"id":"52"}]}"#))
        #expect(ConfiguratorField(form: form).value == .pickOneWithQuantity("51", 2))
    }

    @Test func textTypesStartEmptyAndKnowWhichAreSecret() {
        for id in ["2011", "2012", "2013", "2014", "2015"] { #expect(value(id)?.text == "") }
        #expect(model.field("2011")?.form.kind.isSecret == true)
        #expect(model.field("2012")?.form.kind.isSecret == true)
        #expect(model.field("2014")?.form.kind.isSecret == false)
    }

    @Test func anUnknownTypeIsLeftToTheServer() {
        #expect(value("2016") == .serverDefault)
        #expect(model.orderRequest().custom["2016"] == nil)
    }

    @Test func cycleDomainAndAddonsComeFromTheProduct() {
        #expect(model.cycleSymbol == "m")
        #expect(model.product.asksForDomain && model.domainRequired)
        #expect(model.addons.map(\.id) == ["51", "52"])
        #expect(model.addons.allSatisfy { !$0.chosen })
        #expect(model.addons[1].cycleSymbol == "m")
    }

    @Test func fieldsHiddenByDefaultValuesAreLeftOutOfTheFocusOrder() {
        // Start date waits for Backups, Reverse DNS for an extra IP.
        #expect(model.field("2013")?.hidden == true)
        #expect(model.field("2014")?.hidden == true)
        #expect(!model.visibleKeys.contains(.form("2013")))
        #expect(model.visibleKeys.first == .cycle && model.visibleKeys[1] == .domain)
        #expect(model.visibleKeys.suffix(2) == [.addon("51"), .addon("52")])
    }

    @Test func aQuantityRuleSnapsAndMovesWithinBounds() {
        let r = QuantityRule(minimum: 2, maximum: 9, step: 3)
        #expect(r.nearest(100) == 8)
        #expect(r.nearest(0) == 2)
        #expect(r.moved(2, by: 1) == 5)
        #expect(r.moved(8, by: 1) == 8)
        #expect(r.problem(6) == "must be 2 plus a multiple of 3")
        #expect(r.problem(10) == "must be between 2 and 9")
        #expect(QuantityRule().problem(-1) == "must be at least 0")
        #expect(QuantityRule().problem(1.5) == "must be a multiple of 1")
    }
}
