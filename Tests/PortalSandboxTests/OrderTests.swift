import Foundation
import PortalSandbox
import Testing

@Suite struct OrderTests {
    static let validVPS = #"""
    {"cycle":"m","custom":{"1630":10400,"1631":10411,"1632":{"10420":4},"1633":{"10430":8},
     "1635":{"10450":"web1.example.com"},"1638":{"10480":1}},"addon":{"41":1},"addon_cycles":{"41":"a"}}
    """#

    @Test func validOrderCreatesPendingServiceAndUnpaidInvoiceWithTheRightTotal() async throws {
        try await withSandbox { client async throws in
            let r = try await client.post("/order/401", OrderTests.validVPS)
            #expect(r.errors.isEmpty)
            // 6 base + 10 managed + 0 OS + 4×3 vCPU + 8×2 memory + 15 cPanel (default) + 1.20 backups + 20 addon
            #expect(r.json["total"] as? String == "80.20")
            #expect(r.json["order_num"] is String)
            let invoiceId = try #require(r.json["invoice_id"] as? String)
            let inv = try await client.get("/invoice/\(invoiceId)").object("invoice")
            #expect(inv["status"] as? String == "Unpaid")
            #expect((inv["total"] as? NSNumber)?.doubleValue == 80.2)
            let services = try await client.get("/service").list("services")
            let created = try #require(services.first { $0["name"] as? String == "Cloud VPS" && $0["status"] as? String == "Pending"
                && $0["id"] as? String != "305" })
            #expect(created["billingcycle"] as? String == "Monthly")
        }
    }

    @Test func missingRequiredFieldIsAHostBillError() async throws {
        try await withSandbox { client async throws in
            let r = try await client.post("/order/401", #"{"cycle":"m","custom":{"1631":10410}}"#)
            #expect(r.status == 200)
            #expect(r.errors == [#"Field "Hostname" is required"#])
        }
    }

    @Test func unknownItemIsAnError() async throws {
        try await withSandbox { client async throws in
            let r = try await client.post("/order/401",
                                          #"{"cycle":"m","custom":{"1631":55555,"1635":{"10450":"a.example.com"}}}"#)
            #expect(r.errors == [#"Invalid option for "Operating System""#])
        }
    }

    @Test func quantityOutOfBoundsIsAnError() async throws {
        try await withSandbox { client async throws in
            let r = try await client.post("/order/401",
                #"{"cycle":"m","custom":{"1631":10410,"1635":{"10450":"a.example.com"},"1632":{"10420":17},"1634":{"10440":9}}}"#)
            #expect(r.errors.count == 2)
            #expect(r.errors.contains(#""vCPU" must be between 1 and 16"#))
            #expect(r.errors.contains(#""Extra IPv4 addresses" must be between 0 and 8"#))
        }
    }

    @Test func unknownOptionCycleAndMissingDomainAreErrors() async throws {
        try await withSandbox { client async throws in
            #expect(try await client.post("/order/333", #"{"cycle":"m","domain":"a.example","custom":{"777":1}}"#).errors
                == ["Unknown configuration option 777"])
            #expect(try await client.post("/order/333", #"{"cycle":"t","domain":"a.example"}"#).errors == ["invalid_cycle"])
            #expect(try await client.post("/order/333", #"{"cycle":"m"}"#).errors == ["domain_required"])
        }
    }

    @Test func conditionalFieldIsOnlyPricedAndRequiredWhenShown() async throws {
        try await withSandbox { client async throws in
            let base = #""1631":10410,"1635":{"10450":"a.example.com"}"#
            // Unmanaged plan hides the control panel, even when one is sent.
            let hidden = try await client.post("/order/401", #"{"cycle":"m","custom":{"1630":10401,"1636":10461,\#(base)}}"#)
            // 6 base + 2×3 vCPU + 4×2 memory
            #expect(hidden.json["total"] as? String == "20.00")
            let shown = try await client.post("/order/401", #"{"cycle":"m","custom":{"1630":10400,"1636":10461,\#(base)}}"#)
            // + 10 managed + 12 Plesk
            #expect(shown.json["total"] as? String == "42.00")
        }
    }

    @Test func payingTheOrderInvoiceWithCreditActivatesTheService() async throws {
        try await withSandbox { client async throws in
            let r = try await client.post("/order/601", #"{"cycle":"a","domain":"secure.example.com"}"#)
            #expect(r.json["total"] as? String == "9.99")
            let invoiceId = try #require(r.json["invoice_id"] as? String)
            let serviceId = try #require((r.json["items"] as? [[String: Any]])?.first?["id"] as? String)
            #expect(try await client.get("/service/\(serviceId)").object("service")["status"] as? String == "Pending")
            #expect(try await client.post("/invoice/\(invoiceId)/credit").errors.isEmpty)
            #expect(try await client.get("/invoice/\(invoiceId)").object("invoice")["status"] as? String == "Paid")
            #expect(try await client.get("/service/\(serviceId)").object("service")["status"] as? String == "Active")
        }
    }

    @Test func promoCodeDiscountsAndUnknownCodeIsRefused() async throws {
        try await withSandbox { client async throws in
            let r = try await client.post("/order/334", #"{"cycle":"m","domain":"b.example","custom":{"1620":10350},"promocode":"pio10"}"#)
            #expect(r.json["total"] as? String == "11.69")
            #expect(try await client.post("/order/334", #"{"cycle":"m","domain":"b.example","custom":{"1620":10350},"promocode":"NOPE"}"#)
                .errors == ["invalid_promocode"])
        }
    }
}
