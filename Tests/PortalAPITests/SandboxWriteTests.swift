import Foundation
import PortalSandbox
import Testing
@testable import PortalAPI

/// Every operation that changes state, against pio-sandbox.
@Suite struct SandboxWriteTests {
    @Test func setLabel() async throws {
        try await withSandbox { (_: RunningSandbox, client: PortalClient) async throws in
            let messages = try await client.setLabel(serviceID: "302", label: "shop <front>")
            #expect(messages.sentences == ["Label changed."])
            #expect(try await client.label(serviceID: "302") == "shop <front>")
        }
    }

    @Test func cancelOnceThenRefused() async throws {
        try await withSandbox { (sandbox: RunningSandbox, client: PortalClient) async throws in
            let m = try await client.cancel(serviceID: "305", immediate: false, reason: "moving")
            #expect(m.contains(key: "cancell_sent"))
            await #expect(throws: APIError.self) { try await client.cancel(serviceID: "305", immediate: false, reason: "again") }
            let body = try #require(sandbox.requests("POST", "/service/305/cancel").first?.body)
            let sent = try JSONValue.parse(Data(body.utf8))
            #expect(sent["immediate"].string == "false" && sent["reason"].string == "moving")
        }
    }

    @Test func applyCreditWithAndWithoutAmount() async throws {
        try await withSandbox { (_: RunningSandbox, client: PortalClient) async throws in
            let before = try await client.balance().credit
            let m = try await client.applyCredit(invoiceID: "309010", amount: Decimal(string: "1.50"))
            #expect(m.contains(key: "credit_applied"))
            #expect(try await client.balance().credit == before - Decimal(string: "1.50")!)
            try await client.applyCredit(invoiceID: "309010")
            #expect(try await client.invoice(id: "309010").status == .paid)
            await #expect(throws: APIError.self) { try await client.applyCredit(invoiceID: "308976") }
        }
    }

    @Test func upgradeEstimateThenSend() async throws {
        try await withSandbox { (_: RunningSandbox, client: PortalClient) async throws in
            let invoicesBefore = try await client.invoices().count
            let request = UpgradeRequest(resources: ["1557": .item("10332"), "1558": .quantity(8)])
            let estimate = try await client.upgrade(serviceID: "301", request)
            #expect(!estimate.sent)
            #expect(estimate.total == Decimal(string: "2.60"))
            #expect(estimate.lines.count == 2)
            #expect(estimate.invoiceID == nil)
            #expect(try await client.invoices().count == invoicesBefore)

            var send = request
            send.send = true
            let sent = try await client.upgrade(serviceID: "301", send)
            #expect(sent.sent && sent.invoiceID != nil)
            #expect(sent.total == Decimal(string: "2.60"))
            #expect(try await client.invoices().count == invoicesBefore + 1)
        }
    }

    @Test func orderPlacesAServiceAndAnInvoice() async throws {
        try await withSandbox { (_: RunningSandbox, client: PortalClient) async throws in
            let before = try await client.services().count
            let request = OrderRequest(cycle: "m", domain: "new.example", custom: ["1618": .item("10331")])
            let result = try await client.order(productID: "333", request)
            #expect(result.orderNumber?.isEmpty == false)
            #expect(result.invoiceID != nil)
            #expect(result.total == Decimal(string: "6.99"))
            #expect(result.items.first?.domain == "new.example")
            #expect(result.messages.contains(key: "order_created"))
            let after = try await client.services()
            #expect(after.count == before + 1)
            #expect(after.contains { $0.domain == "new.example" })
            await #expect(throws: APIError.self) { try await client.order(productID: "333", OrderRequest(cycle: "m")) }
        }
    }
}
