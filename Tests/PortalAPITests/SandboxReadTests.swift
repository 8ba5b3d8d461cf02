import Foundation
import PortalSandbox
import Testing
@testable import PortalAPI

/// Every read operation against pio-sandbox over real loopback HTTP.
@Suite struct SandboxReadTests {
    @Test func balance() async throws {
        try await withSandbox { (_: RunningSandbox, client: PortalClient) async throws in
            let b = try await client.balance()
            #expect(b.currency == "USD")
            #expect(b.credit == Decimal(string: "25.00"))
            #expect(b.balance > 0)
        }
    }

    @Test func invoicesAndInvoiceDetail() async throws {
        try await withSandbox { (_: RunningSandbox, client: PortalClient) async throws in
            let list = try await client.invoices()
            let summary = try #require(list.first { $0.id == "309011" })
            #expect(summary.number == "2026/11/2")
            #expect(summary.status == .unpaid)
            #expect(summary.paidDate == nil)
            #expect(summary.total == Decimal(string: "38.72"))
            #expect(Set(list.map(\.status)).isSuperset(of: [.paid, .unpaid, .cancelled, .refunded, .collections]))

            let d = try await client.invoice(id: "309011")
            #expect(d.subtotal == 32 && d.tax == Decimal(string: "6.72") && d.taxRate == 21)
            #expect(d.total == Decimal(string: "38.72"))
            #expect(d.items.count == 2)
            #expect(d.items[1].description == "Extra IPv4 address × 2")
            #expect(d.items[1].quantity == 2 && d.items[1].lineTotal == 6)
            #expect(d.notes == "Reverse charge does not apply.")
            #expect(d.client?.company == "PIO Demo Ltd")
            await #expect(throws: APIError.self) { try await client.invoice(id: "1") }
        }
    }

    @Test func servicesDetailMethodsLabel() async throws {
        try await withSandbox { (_: RunningSandbox, client: PortalClient) async throws in
            let services = try await client.services()
            let s = try #require(services.first { $0.id == "301" })
            #expect(s.domain == "pio-demo.example" && s.product == "Starter Hosting" && s.status == .active)
            #expect(s.billingCycle.label == "Monthly" && s.total == Decimal(string: "6.99"))
            #expect(s.nextDue == APIDate("2026-12-15"))
            #expect(services.contains { $0.status == .suspended })

            let d = try await client.service(id: "301")
            #expect(d.username == "piodemo" && d.password == "S4ndb0x-pw!" && d.label == "Personal site")
            #expect(d.created == APIDate("2025-11-15") && d.nextInvoice == APIDate("2026-12-08"))

            let methods = try await client.serviceMethods(id: "301")
            #expect(Set(methods.compactMap(\.action)) == Set(ServiceAction.allCases))
            #expect(try await client.label(serviceID: "301") == "Personal site")
        }
    }

    @Test func upgradeOptions() async throws {
        try await withSandbox { (_: RunningSandbox, client: PortalClient) async throws in
            let u = try await client.upgradeOptions(serviceID: "301")
            let disk = try #require(u.resources.first { $0.id == "1557" })
            #expect(disk.name == "Disk Size" && disk.type == "select")
            #expect(disk.selectedItem?.id == "10331")
            #expect(disk.items.map(\.price) == [0, 2, 4])
            let mail = try #require(u.resources.first { $0.id == "1558" })
            #expect(mail.takesQuantity && mail.currentQuantity == 5 && mail.minimum == 1 && mail.maximum == 100)
            #expect(u.packages.map(\.id) == ["334"])
            #expect(u.packages.first?.price == Decimal(string: "12.99"))
        }
    }

    @Test func catalogue() async throws {
        try await withSandbox { (_: RunningSandbox, client: PortalClient) async throws in
            let categories = try await client.categories()
            #expect(categories.map(\.id) == ["10", "12", "16", "18"])
            #expect(categories[0].description == "Shared hosting with cPanel & free SSL.")
            let products = try await client.products(categoryID: "10")
            #expect(products.map(\.id) == ["333", "334"])
            #expect(products[0].description.lines == ["Disk: 10 GB", "Email: 5 mailboxes", "PHP 8.3 & MySQL"])
            #expect(products[0].periods.map { $0.cycle.symbol ?? "" } == ["m", "q", "a", "b"])

            let c = try await client.productConfiguration(productID: "333")
            #expect(c.name == "Starter Hosting" && c.categoryID == "10" && c.asksForDomain)
            #expect(c.cycles.count == 4 && c.defaultCycle?.price == Decimal(string: "4.99"))
            #expect(c.forms.map(\.id).prefix(2) == ["1618", "1619"])
            #expect(c.forms[0].kind == .select && c.forms[0].firstItemID == "10330")
            #expect(c.forms[1].kind == .checkbox)
            #expect(c.addons.first?.id == "31")
            #expect(c.addons.first?.cycles.count == 3)
        }
    }

    @Test func hostileDatasetDecodesToSafeText() async throws {
        try await withSandbox(SandboxOptions(dataset: .hostile)) { (_: RunningSandbox, client: PortalClient) async throws in
            let services = try await client.services()
            #expect(!services.isEmpty)
            for s in services {
                for text in [s.domain, s.product, s.category, SafeText(s.status.label)] {
                    #expect(!text.value.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
                    #expect(TextWidth.of(text.value) <= SafeText.maxColumns)
                }
            }
        }
    }
}
