import Foundation
import PortalSandbox
import Testing

@Suite struct DatasetTests {
    @Test func largeDatasetHasTheRequestedCountsAndRepeats() async throws {
        var first: String?
        for _ in 0..<2 {
            try await withSandbox(SandboxOptions(dataset: .large(services: 250, invoices: 400))) { client async throws in
                let services = try await client.get("/service")
                #expect(services.list("services").count == 250)
                #expect(try await client.get("/invoice").list("invoices").count == 400)
                if let first { #expect(first == services.text) } else { first = services.text }
            }
        }
    }

    @Test func hostileDatasetCarriesEscapesBidiWideTextAndHugeLabels() async throws {
        try await withSandbox(SandboxOptions(dataset: .hostile)) { client async throws in
            let services = try await client.get("/service").list("services")
            let domains = services.compactMap { $0["domain"] as? String }
            #expect(domains.contains("pio-demo.example"))
            #expect(domains.contains { $0.contains("\u{1B}]52;") })
            #expect(domains.contains { $0.contains("\u{202E}") })
            #expect(domains.contains { $0.contains("\r") })
            #expect(domains.contains { $0.unicodeScalars.contains { (0x80...0x9F).contains($0.value) } })
            #expect(domains.contains { $0.contains("日本語") })
            let labels = services.compactMap { $0["label"] as? String }
            #expect(labels.contains { $0.utf8.count >= 10_240 })
        }
    }

    @Test func missingAssetsGiveAClearError() async throws {
        do {
            _ = try await SandboxServer.start(SandboxOptions(assetsDirectory: "/nonexistent/assets"))
            Issue.record("start should fail")
        } catch {
            #expect(String(describing: error).contains("/nonexistent/assets"))
            #expect(String(describing: error).contains("--assets"))
        }
    }

    @Test func unknownRouteIs404() async throws {
        try await withSandbox { client async throws in
            #expect(try await client.get("/nope").status == 404)
            #expect(try await client.request(.DELETE, "/service/301").status == 404)
        }
    }
}
