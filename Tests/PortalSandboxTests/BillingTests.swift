import Foundation
import PortalSandbox
import Testing

@Suite struct BillingTests {
    @Test func balanceReportsCurrencyBalanceAndCreditAsStrings() async throws {
        try await withSandbox { client async throws in
            let details = try await client.get("/balance").object("details")
            #expect(details["currency"] as? String == "USD")
            #expect(details["acc_credit"] as? String == "25.00")
            #expect(details["acc_balance"] is String)
        }
    }

    @Test func invoiceListUsesStringIdsAndAmounts() async throws {
        try await withSandbox { client async throws in
            let invoices = try await client.get("/invoice").list("invoices")
            #expect(invoices.count >= 6)
            for inv in invoices {
                #expect(inv["id"] is String)
                #expect(inv["total"] is String)
                #expect(inv["number"] is String)
            }
            let statuses = Set(invoices.compactMap { $0["status"] as? String })
            #expect(statuses.isSuperset(of: ["Paid", "Unpaid", "Cancelled", "Refunded"]))
        }
    }

    @Test func invoiceDetailUsesNumbersAndHTMLDescriptions() async throws {
        try await withSandbox { client async throws in
            let inv = try await client.get("/invoice/309011").object("invoice")
            #expect(inv["total"] is NSNumber && !(inv["total"] is String))
            #expect((inv["total"] as? NSNumber)?.doubleValue == 38.72)
            #expect((inv["tax"] as? NSNumber)?.doubleValue == 6.72)
            let items = try #require(inv["items"] as? [[String: Any]])
            #expect(items.count == 2)
            #expect((items[0]["description"] as? String)?.contains("<br>") == true)
            #expect((inv["client"] as? [String: Any])?["email"] as? String == "demo@example.com")
        }
    }

    @Test func unknownInvoiceIsABusinessError() async throws {
        try await withSandbox { client async throws in
            let r = try await client.get("/invoice/1")
            #expect(r.status == 200)
            #expect(r.errors == ["invalid_invoice_id"])
        }
    }

    @Test func applyingCreditThatCoversTheInvoiceMarksItPaid() async throws {
        try await withSandbox { client async throws in
            let r = try await client.post("/invoice/309010/credit")
            #expect(r.errors.isEmpty)
            #expect(r.json["amount"] as? String == "6.99")
            let inv = try await client.get("/invoice/309010").object("invoice")
            #expect(inv["status"] as? String == "Paid")
            #expect(try await client.get("/balance").object("details")["acc_credit"] as? String == "18.01")
        }
    }

    @Test func partialCreditLowersCreditButLeavesInvoiceUnpaid() async throws {
        try await withSandbox { client async throws in
            let r = try await client.post("/invoice/309011/credit", #"{"amount":"10.00"}"#)
            #expect(r.errors.isEmpty)
            let inv = try await client.get("/invoice/309011").object("invoice")
            #expect(inv["status"] as? String == "Unpaid")
            #expect((inv["credit"] as? NSNumber)?.doubleValue == 10)
            #expect(try await client.get("/balance").object("details")["acc_credit"] as? String == "15.00")
        }
    }

    @Test func creditBeyondTheAccountIsRefused() async throws {
        try await withSandbox { client async throws in
            let r = try await client.post("/invoice/309011/credit", #"{"amount":"100"}"#)
            #expect(r.status == 200)
            #expect(r.errors == ["not_enough_credit"])
            #expect(try await client.get("/balance").object("details")["acc_credit"] as? String == "25.00")
        }
    }

    @Test func creditOnAPaidInvoiceIsRefused() async throws {
        try await withSandbox { client async throws in
            #expect(try await client.post("/invoice/308976/credit").errors == ["invoice_not_unpaid"])
        }
    }
}
