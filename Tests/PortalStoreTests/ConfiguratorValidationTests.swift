import Foundation
import PortalAPI
import PortalFixtures
@testable import PortalStore
import Testing

/// Validation and the script API name the field in every refusal.
@Suite struct ConfiguratorValidationTests {
    var model = Configurator(Fixtures.everyTypeProduct)

    @Test mutating func requiredFieldsAndTheDomainAreReportedByField() {
        let valid = model.validate()
        #expect(!valid)
        #expect(model.errors == [
            .domain: "Domain is required for Every Type Server.",
            .form("2002"): "Disk is required: choose one.",
            .form("2012"): "Root password is required.",
        ])
    }

    @Test mutating func domainSyntaxIsCheckedWhenGiven() throws {
        try model.set("domain", to: "not a domain")
        #expect(model.problems()[.domain] == "Domain \"not a domain\" is not a valid domain name (like example.com).")
        try model.set("domain", to: "ok.example.com")
        #expect(model.problems()[.domain] == nil)
    }

    @Test mutating func quantityBoundsAndStepAreChecked() {
        model.fields[model.index(of: "2008")!].value = .quantity(5)
        model.fields[model.index(of: "2006")!].value = .quantity(9)
        let p = model.problems()
        #expect(p[.form("2008")] == "Memory (GB) must be 2 plus a multiple of 2.")
        #expect(p[.form("2006")] == "Extra IPs must be between 0 and 8.")
    }

    @Test mutating func datesMustBeRealDays() {
        model.toggle("20040", in: "2004")
        model.edit("2013", .insert("2027-02-30"))
        #expect(model.problems()[.form("2013")] == "Backup start date must be a date as YYYY-MM-DD.")
        #expect(DateText.isValid("2028-02-29") && !DateText.isValid("2027-2-01") && !DateText.isValid("2027-13-01"))
    }

    @Test mutating func changingAFieldClearsItsError() {
        model.validate()
        model.cycleChoice(in: "2002", by: 1)
        #expect(model.value("2002") == .pickOne("20020"))
        #expect(model.errors[.form("2002")] == nil)
        #expect(model.errors[.form("2012")] != nil)
    }

    @Test mutating func scriptValuesThatAFieldRefusesNameTheField() {
        func refusal(_ a: String) -> String? {
            do { try model.set(assignment: a); return nil } catch { return error.message }
        }
        #expect(refusal("2002=Tape") == #"Disk has no option "Tape"; choose one of 20020 (SSD), 20021 (NVMe)"#)
        #expect(refusal("2006=many") == #"Extra IPs needs a number, not "many""#)
        #expect(refusal("2006=9") == "Extra IPs must be between 0 and 8")
        #expect(refusal("2009=3") == "Bandwidth (TB) must be one of 1, 2, 5, 10")
        #expect(refusal("2010=Gold") == #"Licences takes ITEM:NUMBER; no option "Gold" among 20100 (Standard), 20101 (Premium)"#)
        #expect(refusal("2013=tomorrow") == "Backup start date is hidden by the other choices, so it cannot be set")
        #expect(refusal("2016=key.pub") == #"SSH key file is set by the server (type "fileupload" is not supported here)"#)
        #expect(refusal("9999=1")?.hasPrefix(#"Every Type Server has no option "9999"; its options are 2001 (Region)"#) == true)
        #expect(refusal("cycle=w") == "Billing cycle \"w\" is not offered; choose one of m (Monthly), a (Annually)")
        #expect(refusal("2001") == #""2001" is not FORM=VALUE"#)
        #expect(refusal("2004=Enable") == nil)
        #expect(refusal("2013=tomorrow") == #"Backup start date must be a date as YYYY-MM-DD, not "tomorrow""#)
        #expect(refusal("2005=") == nil)
        #expect(model.value("2005") == .toggles([]))
        #expect(refusal("2010=7") == nil)
        #expect(model.value("2010") == .pickOneWithQuantity("20100", 7))
        var copy = model
        #expect(throws: ConfiguratorInputError.self) { try copy.chooseAddon("99") }
        #expect(throws: ConfiguratorInputError.self) { try copy.chooseAddon("51", cycle: "q") }
    }
}
