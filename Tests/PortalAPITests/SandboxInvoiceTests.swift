import Foundation
import PortalSandbox
import Testing
@testable import PortalAPI

/// The invoice detail's client block and amount due, over loopback HTTP and from bare JSON.
@Suite struct SandboxInvoiceTests {
    @Test func theClientBlockKeepsStreetAndCountryApart() async throws {
        try await withSandbox { (_: RunningSandbox, client: PortalClient) async throws in
            let c = try #require(try await client.invoice(id: "309011").client)
            #expect(c.name == "Dana Demo" && c.company == "PIO Demo Ltd" && c.email == "demo@example.com")
            #expect(c.street.map(\.value) == ["1 Sandbox Lane", "Suite 42", "Santa Rosa, California 95401"])
            #expect(c.country == "US")
            #expect(c.address.map(\.value) == ["1 Sandbox Lane", "Suite 42", "Santa Rosa, California 95401", "US"])
        }
    }

    @Test func theAmountDueFollowsAppliedCredit() async throws {
        try await withSandbox { (_: RunningSandbox, client: PortalClient) async throws in
            #expect(try await client.invoice(id: "309012").amountDue == Decimal(string: "9.37"))
            try await client.applyCredit(invoiceID: "309012", amount: Decimal(string: "2.37"))
            let after = try await client.invoice(id: "309012")
            #expect(after.amountDue == 7 && after.credit == Decimal(string: "7.37") && after.status == .unpaid)
        }
    }

    @Test func aHundredThousandInvoicesFitInOneAnswer() async throws {
        try await withSandbox(SandboxOptions(dataset: .large(services: 10, invoices: 100_000)), requestTimeout: .seconds(120)) {
            (_: RunningSandbox, client: PortalClient) async throws in
            let list = try await client.invoices()
            #expect(list.count == 100_000)
            #expect(Set(list.map(\.id)).count == 100_000)
        }
    }

    @Test func withoutABalanceTheAmountDueIsTotalLessCredit() throws {
        let json = try JSONValue.parse(Data(#"{"id":"1","total":"20.00","credit":"5.50","status":"Unpaid","client":{"country":""}}"#.utf8))
        let d = InvoiceDetail(json: json)
        #expect(d.amountDue == Decimal(string: "14.50"))
        #expect(d.client?.country == "" && d.client?.address == [])
    }
}
