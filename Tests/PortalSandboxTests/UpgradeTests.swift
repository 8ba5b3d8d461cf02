import Foundation
import PortalSandbox
import Testing

@Suite struct UpgradeTests {
    @Test func optionsListResourcesWithTheSelectedItem() async throws {
        try await withSandbox { client async throws in
            let r = try await client.get("/service/301/upgrade")
            let resources = r.list("resources")
            let disk = try #require(resources.first { $0["name"] as? String == "Disk Size" })
            let items = try #require(disk["items"] as? [[String: Any]])
            #expect(items.filter { $0["selected"] as? Bool == true }.map { $0["name"] as? String } == ["25 GB"])
            #expect(r.json["package"] is [Any])
        }
    }

    @Test func upgradeIsRefusedForServicesWithoutIt() async throws {
        try await withSandbox { client async throws in
            #expect(try await client.get("/service/304/upgrade").errors == ["method_not_available"])
        }
    }

    @Test func estimateWithoutSendChangesNothing() async throws {
        try await withSandbox { client async throws in
            let invoicesBefore = try await client.get("/invoice").list("invoices").count
            let r = try await client.post("/service/301/upgrade", #"{"resources":{"1557":"10332","1558":"10"}}"#)
            #expect(r.errors.isEmpty)
            #expect(r.json["total"] as? String == "3.00")
            #expect((r.json["items"] as? [Any])?.count == 2)
            #expect(try await client.get("/invoice").list("invoices").count == invoicesBefore)
            let disk = try await client.get("/service/301/upgrade").list("resources").first { $0["name"] as? String == "Disk Size" }
            let selected = (disk?["items"] as? [[String: Any]])?.first { $0["selected"] as? Bool == true }
            #expect(selected?["name"] as? String == "25 GB")
        }
    }

    @Test func sendCreatesAnInvoiceAndAppliesTheChange() async throws {
        try await withSandbox { client async throws in
            let r = try await client.post("/service/303/upgrade", #"{"resources":{"1570":"4"},"send":true}"#)
            #expect(r.info == ["upgrade_request_sent"])
            #expect(r.json["total"] as? String == "6.00")
            let invoiceId = try #require(r.json["invoice_id"] as? String)
            let inv = try await client.get("/invoice/\(invoiceId)").object("invoice")
            #expect(inv["status"] as? String == "Unpaid")
            #expect((inv["total"] as? NSNumber)?.doubleValue == 6)
            let cpu = try await client.get("/service/303/upgrade").list("resources").first { $0["name"] as? String == "vCPU" }
            #expect((cpu?["value"] as? NSNumber)?.intValue == 4)
        }
    }

    @Test func quantityOutOfBoundsAndUnknownItemsAreErrors() async throws {
        try await withSandbox { client async throws in
            let big = try await client.post("/service/303/upgrade", #"{"resources":{"1570":"99"}}"#)
            #expect(big.errors.count == 1)
            #expect(big.errors.first?.contains("between 1 and 16") == true)
            #expect(try await client.post("/service/301/upgrade", #"{"resources":{"1557":"1"}}"#).errors.count == 1)
            #expect(try await client.post("/service/301/upgrade", #"{"resources":{"424242":"1"}}"#).errors.count == 1)
            #expect(try await client.post("/service/301/upgrade", #"{"resources":{"1557":"10331"}}"#).errors
                == ["upgrade_nothing_changed"])
        }
    }
}
