import Foundation
import PortalSandbox
import Testing
@testable import PortalAPI

/// The client's decoder reads every part of the sandbox's "Custom VPS" configurator (product 402) over loopback.
@Suite struct SandboxConfiguratorReadTests {
    func customVPS() async throws -> ProductConfiguration {
        var result: ProductConfiguration?
        try await withSandbox { (_: RunningSandbox, client: PortalClient) async throws in
            result = try await client.productConfiguration(productID: "402")
        }
        return try #require(result)
    }

    @Test func kindsSubmissionsAndSecrets() async throws {
        let c = try await customVPS()
        #expect(c.forms.map(\.kind) == [.searchSelect, .select, .sliderInput, .sliderSequenced, .selectQty, .multiCheckbox,
                                        .encryptedInput, .encryptedPassword, .datePicker, .unknown("fileupload")])
        #expect(c.forms.map(\.kind.submission) == [.pickOne, .pickOne, .quantity, .quantity, .pickOneWithQuantity, .toggles,
                                                   .text, .text, .text, .readOnly])
        #expect(c.forms.filter(\.kind.isSecret).map(\.id) == ["1656", "1657"])
        #expect(c.forms.map(\.name) == c.forms.map { "custom[\($0.id)]" })
        #expect(c.forms.map(\.firstItemID) == ["10650", "10660", "10670", "10680", "10690", "10700", "10710", "10720", "10730", "10740"])
        #expect(c.forms.filter(\.required).map(\.title) == ["Region", "Windows licence key", "Root password"])
    }

    @Test func itemsPricesAndDefaults() async throws {
        let c = try await customVPS()
        let region = c.forms[0]
        #expect(region.items.count == 8 && region.selectedItem == nil)
        #expect(region.items.last?.title == "São Paulo")
        #expect(region.items.last?.price == 4 && region.items.last?.setup == 2)
        let storage = c.forms[4]
        #expect(storage.items.map(\.title) == ["SSD", "NVMe"])
        #expect(storage.items.map(\.price) == [Decimal(string: "0.05"), Decimal(string: "0.10")])
        #expect(storage.selectedItem?.id == "10690" && storage.defaultValues == ["10690"])
        #expect(c.forms[1].defaultValues == ["10660"] && region.defaultValues.isEmpty)
        #expect(c.forms[5].multiple && c.forms[5].items.map(\.id) == ["10700", "10701", "10702"])
        #expect(c.forms[7].description == "Stored encrypted; never shown again.")
    }

    @Test func boundsOfSlidersAndSelectQty() async throws {
        let c = try await customVPS()
        func bounds(_ f: FormField) -> [Decimal?] { [f.minimum, f.maximum, f.step, f.initialValue] }
        #expect(bounds(c.forms[2]) == [1, 32, 1, 2])
        #expect(bounds(c.forms[3]) == [2, 64, 2, 4])
        #expect(bounds(c.forms[4]) == [20, 1000, 10, 40])
        #expect(bounds(c.forms[0]) == [nil, nil, nil, nil])
    }

    @Test func conditionalsOfEveryActionAndCondition() async throws {
        let c = try await customVPS()
        let os = c.forms[1].conditionals
        #expect(os.count == 2)
        #expect(os[0].condition == .equals && os[0].conditionValue == "10661" && os[0].action == .show && os[0].target == "1656")
        #expect(os[1].condition == .equals && os[1].action == .setValue && os[1].target == "1653" && os[1].targetValue == "8")
        let cpu = c.forms[2].conditionals
        #expect(cpu.map(\.condition) == [.less, .more])
        #expect(cpu.map(\.conditionValue) == ["2", "8"])
        #expect(cpu.map(\.action) == [.hide, .show])
        #expect(cpu.map(\.target) == ["1655", "1658"])
    }

    @Test func cyclesDomainAndAddonCycles() async throws {
        let c = try await customVPS()
        #expect(c.name == "Custom VPS" && c.categoryName == "Cloud Servers" && c.asksForDomain)
        #expect(c.cycles.map { $0.cycle.symbol ?? "" } == ["m", "q", "a"])
        #expect(c.cycles.map(\.price) == [8, Decimal(string: "22.80"), Decimal(string: "86.40")])
        #expect(c.cycles.map(\.setup) == [5, 5, 0])
        #expect(c.defaultCycle?.cycle.symbol == "m")
        #expect(c.addons.map(\.id) == ["43", "44"])
        let support = c.addons[1]
        #expect(support.title == "Priority support" && !support.checkedByDefault)
        #expect(support.cycles.map { $0.cycle.symbol ?? "" } == ["m", "a"])
        #expect(support.cycles.map(\.price) == [9, 90] && support.cycles.map(\.setup) == [19, 0])
        #expect(c.addons[0].cycles.map(\.price) == [4, 11, 40])
    }
}
