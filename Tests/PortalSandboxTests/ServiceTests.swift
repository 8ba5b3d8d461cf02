import Foundation
import PortalSandbox
import Testing

@Suite struct ServiceTests {
    @Test func demoListHasVariedServicesIncludingPioDemoExample() async throws {
        try await withSandbox { client async throws in
            let services = try await client.get("/service").list("services")
            #expect(services.count >= 6)
            #expect(services.contains { $0["domain"] as? String == "pio-demo.example" })
            let statuses = Set(services.compactMap { $0["status"] as? String })
            #expect(statuses.isSuperset(of: ["Active", "Pending", "Suspended", "Cancelled"]))
            #expect(Set(services.compactMap { $0["billingcycle"] as? String }).count >= 4)
            #expect(services.allSatisfy { $0["id"] is String && $0["total"] is String })
        }
    }

    @Test func detailMixesNumbersAndStrings() async throws {
        try await withSandbox { client async throws in
            let s = try await client.get("/service/301").object("service")
            #expect((s["id"] as? NSNumber)?.intValue == 301 && !(s["id"] is String))
            #expect(s["domain"] as? String == "pio-demo.example")
            #expect(s["password"] is String)
            #expect(try await client.get("/service/999").errors == ["invalid_service_id"])
        }
    }

    @Test func methodsDifferPerService() async throws {
        try await withSandbox { client async throws in
            let full = try await client.get("/service/301/methods").list("methods")
            #expect(full.contains { ($0["route"] as? String) == "/service/@id/upgrade" })
            #expect(full.contains { ($0["route"] as? String) == "/service/@id/cancel" })
            let limited = try await client.get("/service/304/methods").list("methods")
            #expect(!limited.isEmpty)
            #expect(!limited.contains { ($0["route"] as? String)?.hasSuffix("upgrade") == true })
            #expect(!limited.contains { ($0["route"] as? String)?.hasSuffix("cancel") == true })
        }
    }

    @Test func labelPersists() async throws {
        try await withSandbox { client async throws in
            #expect(try await client.get("/service/302/label").json["label"] as? String == "")
            let set = try await client.post("/service/302/label", #"{"label":"shop – prod ✓"}"#)
            #expect(set.errors.isEmpty)
            #expect(try await client.get("/service/302/label").json["label"] as? String == "shop – prod ✓")
            #expect(try await client.get("/service").list("services").first { $0["id"] as? String == "302" }?["label"]
                as? String == "shop – prod ✓")
        }
    }

    @Test func cancelAtEndOfPeriodFlagsTheServiceOnce() async throws {
        try await withSandbox { client async throws in
            let r = try await client.post("/service/302/cancel", #"{"immediate":false,"reason":"moving"}"#)
            #expect(r.info == ["cancell_sent"])
            let s = try await client.get("/service/302").object("service")
            #expect(s["status"] as? String == "Active")
            #expect(s["cancel_requested"] as? String == "1")
            #expect(try await client.post("/service/302/cancel", #"{"immediate":false}"#).errors == ["cancell_already_sent"])
        }
    }

    @Test func immediateCancelChangesStatusAndCannotRepeat() async throws {
        try await withSandbox { client async throws in
            #expect(try await client.post("/service/303/cancel", #"{"immediate":"true","reason":"done"}"#).errors.isEmpty)
            #expect(try await client.get("/service/303").object("service")["status"] as? String == "Cancelled")
            #expect(try await client.post("/service/303/cancel", #"{"immediate":true}"#).errors == ["cancelled_already"])
        }
    }

    @Test func cancelIsRefusedWhereTheServerDoesNotOfferIt() async throws {
        try await withSandbox { client async throws in
            #expect(try await client.post("/service/304/cancel", #"{"immediate":true}"#).errors == ["method_not_available"])
            #expect(try await client.get("/service/304").object("service")["status"] as? String == "Suspended")
        }
    }
}
