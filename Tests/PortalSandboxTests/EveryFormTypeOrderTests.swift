import Foundation
import PortalSandbox
import Testing

/// Orders of product 402 "Custom VPS", whose forms use every type of HostBill's cart not used elsewhere.
/// Prices: m 8.00 + 5.00 setup; vCPU 3.00; memory 1.50/GB; SSD 0.05/GB, NVMe 0.10/GB.
@Suite struct EveryFormTypeOrderTests {
    static let rootPassword = "Sw0rdfish-root!"
    static let licence = "WIN-KEY-12345-SECRET"

    /// Region and root password (the required fields) and the domain; every other form at its default.
    static func body(cycle: String = "m", _ extra: String = "", addons: String = "") -> String {
        let custom = #""1650":10650,"1657":{"10720":"\#(rootPassword)"}"# + (extra.isEmpty ? "" : "," + extra)
        return #"{"cycle":"\#(cycle)","domain":"vps1.example.com","custom":{\#(custom)}\#(addons)}"#
    }

    func order(_ client: SandboxTestClient, _ body: String) async throws -> APIResponse {
        try await client.post("/order/402", body)
    }

    @Test func defaultsPriceTheMinimalOrderAndCreateServiceAndInvoice() async throws {
        try await withSandbox { client async throws in
            let r = try await order(client, Self.body())
            #expect(r.status == 200 && r.errors.isEmpty)
            // 8 + 5 setup + 2 vCPU × 3 + 4 GB × 1.50 + 40 GB SSD × 0.05
            #expect(r.json["total"] as? String == "27.00")
            #expect(r.json["order_num"] is String)
            let invoiceId = try #require(r.json["invoice_id"] as? String)
            let invoice = try await client.get("/invoice/\(invoiceId)").object("invoice")
            #expect(invoice["status"] as? String == "Unpaid")
            #expect((invoice["total"] as? NSNumber)?.doubleValue == 27)
            let item = try #require((r.json["items"] as? [[String: Any]])?.first)
            let serviceId = try #require(item["id"] as? String)
            #expect(try await client.get("/service/\(serviceId)").object("service")["status"] as? String == "Pending")
            let lines = (item["lines"] as? [[String: Any]] ?? []).compactMap { $0["description"] as? String }
            #expect(lines.contains("Storage (GB): SSD × 40"))
            #expect(lines.contains("vCPU: 2") && lines.contains("Memory (GB): 4"))
        }
    }

    @Test func everyTypeIsPricedFromItsSubmissionShape() async throws {
        try await withSandbox { client async throws in
            let custom = #"""
            "1650":"10657","1651":10661,"1652":{"10670":10},"1653":{"10680":"16"},"1654":{"10691":100},
            "1655":{"10701":1,"10702":"1","10700":0},"1656":{"10710":"\#(Self.licence)"},"1658":{"10730":"2027-01-15"}
            """#
            let r = try await order(client, Self.body(cycle: "q", custom, addons: #","addon":{"43":1,"44":1},"addon_cycles":{"43":"a","44":"m"}"#))
            #expect(r.errors.isEmpty)
            // q 22.80 + 5 setup, São Paulo 4 + 2 setup, Windows 15 + 5 setup, 16 GB 24, 10 vCPU 30, 100 GB NVMe 10,
            // monitoring 1, backup agent 2 + 1 setup, managed backups annually 40, priority support monthly 9 + 19 setup
            #expect(r.json["total"] as? String == "189.80")
            let lines = ((r.json["items"] as? [[String: Any]])?.first?["lines"] as? [[String: Any]] ?? [])
                .compactMap { $0["description"] as? String }
            #expect(lines.contains("Region: São Paulo"))
            #expect(lines.contains("Storage (GB): NVMe × 100"))
            #expect(lines.contains("Agents: Monitoring agent") && lines.contains("Agents: Backup agent"))
            #expect(!lines.contains("Agents: Docker"))
            #expect(lines.contains("Addon: Managed backups (Annually)") && lines.contains("Addon: Priority support (Monthly)"))
        }
    }

    @Test func requiredFieldsAreReportedButAHiddenRequiredFieldIsNot() async throws {
        try await withSandbox { client async throws in
            let r = try await order(client, #"{"cycle":"m","domain":"vps1.example.com"}"#)
            #expect(r.status == 200)
            // "Windows licence key" is required too, but hidden while the OS is not Windows.
            #expect(r.errors == [#"Field "Region" is required"#, #"Field "Root password" is required"#])
            let blank = try await order(client, #"{"cycle":"m","domain":"vps1.example.com","custom":{"1650":10650,"1657":{"10720":"  "}}}"#)
            #expect(blank.errors == [#"Field "Root password" is required"#])
            #expect(try await order(client, #"{"cycle":"m","custom":{"1650":10650,"1657":{"10720":"x"}}}"#).errors == ["domain_required"])
        }
    }

    @Test func eqShowsTheLicenceKeyAndMakesItRequired() async throws {
        try await withSandbox { client async throws in
            #expect(try await order(client, Self.body(#""1651":10661"#)).errors == [#"Field "Windows licence key" is required"#])
            let hiddenLicence = try await order(client, Self.body(#""1651":10662,"1656":{"10710":"ignored"}"#))
            #expect(hiddenLicence.errors.isEmpty)
            #expect(hiddenLicence.json["total"] as? String == "27.00")
        }
    }

    @Test func eqSetsMemoryUnlessTheOrderSentIt() async throws {
        try await withSandbox { client async throws in
            let windows = #""1651":10661,"1656":{"10710":"\#(Self.licence)"}"#
            // setval 8 GB: 27 - 6 (4 GB) + 12 (8 GB) + 15 + 5 setup Windows
            #expect(try await order(client, Self.body(windows)).json["total"] as? String == "53.00")
            // The customer changed it after the rule: 6 GB = 9
            #expect(try await order(client, Self.body(windows + #","1653":{"10680":6}"#)).json["total"] as? String == "50.00")
        }
    }

    @Test func lessHidesTheAgentsAndTheirValueIsIgnored() async throws {
        try await withSandbox { client async throws in
            // 1 vCPU hides Agents: the backup agent is not priced, an unknown item is not checked.
            #expect(try await order(client, Self.body(#""1652":{"10670":1},"1655":{"10702":1}"#)).json["total"] as? String == "24.00")
            #expect(try await order(client, Self.body(#""1652":{"10670":1},"1655":{"99999":1}"#)).errors.isEmpty)
            #expect(try await order(client, Self.body(#""1655":{"99999":1}"#)).errors == [#"Invalid option for "Agents""#])
        }
    }

    @Test func moreShowsTheDateWhichMustBeAnExistingDay() async throws {
        try await withSandbox { client async throws in
            let dateError = [#""Provisioning date" must be a date as YYYY-MM-DD"#]
            for bad in ["15/01/2027", "2027-02-30", "2027-1-5", "tomorrow", "２０２７-01-01"] {
                #expect(try await order(client, Self.body(#""1652":{"10670":9},"1658":{"10730":"\#(bad)"}"#)).errors == dateError)
            }
            #expect(try await order(client, Self.body(#""1652":{"10670":9},"1658":{"10730":"2028-02-29"}"#)).errors.isEmpty)
            #expect(try await order(client, Self.body(#""1652":{"10670":9}"#)).errors.isEmpty)
            // 8 vCPU: the date is hidden, so a bad one is ignored.
            #expect(try await order(client, Self.body(#""1652":{"10670":8},"1658":{"10730":"soon"}"#)).errors.isEmpty)
        }
    }

    @Test func sliderVariantsAndSelectQtyCheckBoundsStepsAndItems() async throws {
        try await withSandbox { client async throws in
            func errors(_ extra: String) async throws -> [String] { try await order(client, Self.body(extra)).errors }
            #expect(try await errors(#""1652":{"10670":33}"#) == [#""vCPU" must be between 1 and 32"#])
            #expect(try await errors(#""1652":{"10670":"two"}"#) == [#""vCPU" must be a whole number"#])
            #expect(try await errors(#""1653":{"10680":5}"#) == [#""Memory (GB)" must be a multiple of 2 from 2"#])
            #expect(try await errors(#""1653":{"10999":4}"#) == [#"Invalid option for "Memory (GB)""#])
            #expect(try await errors(#""1654":{"10690":25}"#) == [#""Storage (GB)" must be a multiple of 10 from 20"#])
            #expect(try await errors(#""1654":{"10690":10}"#) == [#""Storage (GB)" must be between 20 and 1000"#])
            #expect(try await errors(#""1654":{"10670":40}"#) == [#"Invalid option for "Storage (GB)""#])
            #expect(try await errors(#""1654":10690"#) == [#""Storage (GB)" needs an option and a quantity"#])
            // 1000 GB NVMe = 100
            #expect(try await order(client, Self.body(#""1654":{"10691":1000}"#)).json["total"] as? String == "125.00")
        }
    }

    @Test func searchselectAndMulticheckboxOnlyAcceptTheirOwnItems() async throws {
        try await withSandbox { client async throws in
            #expect(try await order(client, Self.body(#""1650":10660"#)).errors == [#"Invalid option for "Region""#])
            #expect(try await order(client, Self.body(#""1655":["10700","10701"]"#)).json["total"] as? String == "28.00")
        }
    }

    @Test func addonCyclesArePricedPerCycleAndAnUnofferedCycleIsRefused() async throws {
        try await withSandbox { client async throws in
            #expect(try await order(client, Self.body(addons: #","addon":{"44":1},"addon_cycles":{"44":"a"}"#))
                .json["total"] as? String == "117.00")
            // No cycle sent: the first one (monthly, 9 + 19 setup).
            #expect(try await order(client, Self.body(addons: #","addon":{"44":"1"}"#)).json["total"] as? String == "55.00")
            #expect(try await order(client, Self.body(addons: #","addon":{"44":1},"addon_cycles":{"44":"q"}"#)).errors
                == ["invalid_addon_cycle 44"])
            // Unticked addons cost nothing, whatever their cycle.
            #expect(try await order(client, Self.body(addons: #","addon":{"43":0},"addon_cycles":{"43":"a"}"#))
                .json["total"] as? String == "27.00")
        }
    }

    @Test func annualCycleHasNoSetupFeeAndAnUnknownCycleIsRefused() async throws {
        try await withSandbox { client async throws in
            #expect(try await order(client, Self.body(cycle: "a")).json["total"] as? String == "100.40")
            #expect(try await order(client, Self.body(cycle: "b")).errors == ["invalid_cycle"])
        }
    }

    @Test func theUnknownTypeIsLeftToTheServerDefault() async throws {
        try await withSandbox { client async throws in
            let r = try await order(client, Self.body(#""1659":{"10740":"/home/me/.ssh/id_ed25519.pub"}"#))
            #expect(r.errors.isEmpty)
            #expect(r.json["total"] as? String == "27.00")
        }
    }

    @Test func encryptedValuesAreNeverEchoedNorLogged() async throws {
        try await withSandbox { client async throws in
            let windows = #""1651":10661,"1656":{"10710":"\#(Self.licence)"}"#
            let ok = try await order(client, Self.body(windows))
            let refused = try await order(client, Self.body(windows + #","1652":{"10670":99}"#))
            #expect(!refused.errors.isEmpty)
            let form = "cycle=m&domain=vps1.example.com&custom%5B1650%5D=10650&custom[1657][10720]=\(Self.rootPassword)"
            let formOrder = try await client.request(.POST, "/order/402", form: form)
            #expect(formOrder.errors.isEmpty && formOrder.json["total"] as? String == "27.00")
            for text in [ok.text, refused.text, formOrder.text] {
                #expect(!text.contains(Self.rootPassword) && !text.contains(Self.licence))
            }
            let orders = client.sandbox.requestLog().filter { $0.path == "/api/order/402" }
            #expect(orders.count == 3)
            for entry in orders {
                let body = try #require(entry.body)
                #expect(!body.contains(Self.rootPassword) && !body.contains(Self.licence))
                #expect(body.contains("***"))
            }
            #expect(orders[0].body?.contains(#""1651":10661"#) == true)
            #expect(orders[0].body?.contains(#""1656":{"10710":"***"}"#) == true)
        }
    }
}
