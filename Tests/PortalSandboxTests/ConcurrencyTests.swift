import Foundation
import PortalSandbox
import Testing

@Suite struct ConcurrencyTests {
    @Test func concurrentOrdersGetDistinctServicesAndInvoices() async throws {
        try await withSandbox { client async throws in
            let invoiceIds = try await withThrowingTaskGroup(of: String?.self) { group in
                for n in 0..<24 {
                    group.addTask {
                        let r = try await client.post("/order/601", #"{"cycle":"a","domain":"c\#(n).example.com"}"#)
                        return r.json["invoice_id"] as? String
                    }
                }
                var ids: [String] = []
                for try await id in group { if let id { ids.append(id) } }
                return ids
            }
            #expect(invoiceIds.count == 24)
            #expect(Set(invoiceIds).count == 24)
            let services = try await client.get("/service").list("services")
            #expect(services.filter { ($0["domain"] as? String)?.hasSuffix(".example.com") == true }.count == 24)
        }
    }
}
