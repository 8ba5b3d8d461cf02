import Foundation
import PortalAPI
import PortalFixtures
@testable import PortalStore
import Testing

/// `pio order`'s use of the form model: settings that settle together, and a body read back.
@Suite struct ConfiguratorScriptTests {
    var model = Configurator(Fixtures.everyTypeProduct)

    static func body(_ model: Configurator, payMethod: String? = nil, promocode: String? = nil) -> String {
        String(decoding: model.orderRequest(payMethod: payMethod, promocode: promocode).body.encoded(), as: UTF8.self)
    }

    @Test mutating func aValueARuleOverwroteIsPutBack() throws {
        // vCPU above 8 sets memory to 32 (setval); the memory asked for wins whichever order they come in.
        try model.apply([("2008", "6"), ("vCPU", "10")])
        #expect(model.field("2008")?.value == .quantity(6))
        #expect(model.field("2007")?.value == .quantity(10))
        var ruleOnly = Configurator(Fixtures.everyTypeProduct)
        try ruleOnly.apply([("2007", "10")])
        #expect(ruleOnly.field("2008")?.value == .quantity(32))
    }

    @Test mutating func aFieldALaterSettingRevealsIsSet() throws {
        try model.apply([("Reverse DNS", "ptr.example.com"), ("2006", "2")])
        #expect(model.field("2014")?.value.text == "ptr.example.com")
        #expect(model.field("2014")?.hidden == false)
    }

    @Test mutating func aFieldThatStaysHiddenIsRefusedByName() {
        #expect(throws: ConfiguratorInputError("Reverse DNS is hidden by the other choices, so it cannot be set")) {
            try model.apply([("2014", "ptr.example.com")])
        }
    }

    @Test mutating func theFirstRefusedValueNamesItsField() {
        do {
            try model.apply([("2001", "Mars"), ("2007", "99")])
            Issue.record("expected a refusal")
        } catch {
            #expect(error.message.hasPrefix("Region has no option \"Mars\""))
        }
    }

    @Test mutating func aBodyReadsBackIntoTheSameOrder() throws {
        try model.setCycle("a")
        try model.apply([("domain", "srv.example.com"), ("2001", "America"), ("2002", "nvme"), ("2004", "Enable"),
                         ("2005", "Monitoring,20051"), ("2006", "2"), ("2007", "10"), ("2008", "12"), ("2010", "Premium:3"),
                         ("2011", "tok-123"), ("2012", "s3cret-passw0rd"), ("2013", "2027-01-15"), ("2014", "ptr.example.com")])
        try model.chooseAddon("52", cycle: "q")
        let sent = Self.body(model, payMethod: "12", promocode: "PIO10")
        var copy = Configurator(Fixtures.everyTypeProduct)
        let extras = try copy.apply(body: try JSONValue.parse(Data(sent.utf8)))
        #expect(extras.payMethod == "12" && extras.promocode == "PIO10")
        #expect(Self.body(copy, payMethod: extras.payMethod, promocode: extras.promocode) == sent)
        #expect(copy.priceSummary == model.priceSummary)
    }

    @Test mutating func aMaskedSecretReadsBackAsNotGiven() throws {
        let body = #"{"cycle":"m","domain":"a.example.com","custom":{"2002":20020,"2011":{"20110":"***"},"2012":{"20120":"***"}}}"#
        try model.apply(body: try JSONValue.parse(Data(body.utf8)))
        #expect(model.field("2012")?.value.text == "")
        #expect(model.orderedProblems.map(\.message) == ["Root password is required."])
    }

    @Test mutating func unknownKeysFormsAddonsAndServerSetTypesAreRefused() throws {
        func refusal(_ text: String) -> String? {
            var m = Configurator(Fixtures.everyTypeProduct)
            do { try m.apply(body: try JSONValue.parse(Data(text.utf8))) } catch let e as ConfiguratorInputError { return e.message } catch {}
            return nil
        }
        #expect(refusal(#"{"cycle":"m","promo":"X"}"#)?.hasPrefix(#"the order body has an unknown key "promo""#) == true)
        #expect(refusal(#"{"custom":{"9999":1}}"#) == "Every Type Server has no option 9999")
        #expect(refusal(#"{"addon":{"77":1}}"#)?.hasPrefix("Every Type Server has no addon 77") == true)
        #expect(refusal(#"{"custom":{"2016":{"20160":"key.pub"}}}"#)?.hasPrefix("SSH key file is set by the server") == true)
        #expect(refusal(#"{"cycle":"b"}"#)?.hasPrefix(#"Billing cycle "b" is not offered"#) == true)
        #expect(refusal(#"["m"]"#) == "the order body must be a JSON object")
    }

    @Test mutating func problemsComeInTheOrderOfTheForm() throws {
        try model.apply([("2001", ""), ("2004", "Enable")])
        model.edit("2013", .insert("soon"))
        #expect(model.orderedProblems.map(\.key) == [.domain, .form("2001"), .form("2002"), .form("2012"), .form("2013")])
        #expect(model.orderedProblems.last?.message == "Backup start date must be a date as YYYY-MM-DD.")
    }
}

@Suite struct ConfiguratorMaskedBodyTests {
    @Test func encryptedValuesArePrintedAsStarsAndNothingElseChanges() throws {
        var model = Configurator(Fixtures.everyTypeProduct)
        try model.apply([("2011", "tok-123"), ("2012", "s3cret-passw0rd"), ("2006", "1"), ("2014", "ptr.example.com")])
        let request = model.orderRequest()
        let masked = model.maskedBody(request)
        #expect(masked["custom"]["2011"] == .object(["20110": .string("***")]))
        #expect(masked["custom"]["2012"] == .object(["20120": .string("***")]))
        #expect(masked["custom"]["2014"] == .object(["20140": .string("ptr.example.com")]))
        var unmasked = masked
        if case .object(var top) = unmasked, case .object(var custom) = top["custom"] {
            custom["2011"] = request.body["custom"]["2011"]
            custom["2012"] = request.body["custom"]["2012"]
            top["custom"] = .object(custom)
            unmasked = .object(top)
        }
        #expect(unmasked == request.body)
    }
}

@Suite struct ConfiguratorSubproductBodyTests {
    static let product = ProductConfiguration(json: try! JSONValue.parse(Data(#"""
    {"id": "90", "name": "Bundle", "config": {"product": [{"type": "select", "id": "cycle", "items": [
       {"value": "m", "price": 1, "setup": 0, "selected": true}]}], "forms": [], "addons": [],
     "subproducts": [{"type": "subitem", "id": "61", "title": "Mail", "config": [
       {"type": "checkbox", "name": "subproducts[61]", "checked": false},
       {"type": "select", "name": "subproducts_cycles[61]", "items": [
         {"value": "m", "price": 2, "setup": 0, "selected": true}, {"value": "a", "price": 20, "setup": 0}]}]}]}}
    """#.utf8)))

    @Test func subproductsReadBackInTheirCycle() throws {
        var model = Configurator(Self.product)
        try model.apply(body: try JSONValue.parse(Data(#"{"cycle":"m","subproducts":{"61":1},"subproducts_cycles":{"61":"a"}}"#.utf8)))
        #expect(model.orderRequest().subproducts == ["61": "a"])
        #expect(model.priceSummary.dueToday == 21)
        #expect(throws: ConfiguratorInputError("Bundle has no sub-product 62")) {
            try model.apply(body: try JSONValue.parse(Data(#"{"subproducts":{"62":1}}"#.utf8)))
        }
    }
}
