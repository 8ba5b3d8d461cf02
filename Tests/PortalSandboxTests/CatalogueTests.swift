import Foundation
import PortalSandbox
import Testing

@Suite struct CatalogueTests {
    @Test func categoriesAndProductsWithSeveralCycles() async throws {
        try await withSandbox { client async throws in
            let categories = try await client.get("/category").list("categories")
            #expect(categories.count >= 3)
            #expect(categories.allSatisfy { $0["id"] is String && $0["slug"] is String })
            let products = try await client.get("/category/12/product").list("products")
            let vps = try #require(products.first { $0["id"] as? String == "401" })
            #expect(((vps["periods"] as? [Any])?.count ?? 0) >= 3)
            #expect(try await client.get("/category/9999/product").errors == ["invalid_category_id"])
        }
    }

    @Test func configuratorCoversEveryFieldType() async throws {
        try await withSandbox { client async throws in
            let product = try await client.get("/order/401").object("product")
            let config = try #require(product["config"] as? [String: Any])
            let forms = try #require(config["forms"] as? [[String: Any]])
            let types = Set(forms.compactMap { $0["type"] as? String })
            #expect(types.isSuperset(of: ["select", "qty", "slider", "input", "textarea", "checkbox"]))
            #expect(forms.contains { $0["required"] as? Bool == true })
            let slider = try #require(forms.first { $0["type"] as? String == "slider" })
            let sliderConfig = try #require(slider["config"] as? [String: Any])
            #expect(sliderConfig["minvalue"] != nil && sliderConfig["maxvalue"] != nil && sliderConfig["step"] != nil)
            #expect(forms.contains { (($0["config"] as? [String: Any])?["conditionals"] as? [Any])?.isEmpty == false })
            #expect(forms.allSatisfy { ($0["name"] as? String) == "custom[\($0["id"] as? String ?? "")]" })
            let addons = try #require(config["addons"] as? [[String: Any]])
            #expect(addons.count >= 2)
            let productFields = try #require(config["product"] as? [[String: Any]])
            #expect(productFields.first?["id"] as? String == "cycle")
        }
    }

    @Test func radioAndAProductWithoutOptionsExist() async throws {
        try await withSandbox { client async throws in
            let business = try await client.get("/order/334").object("product")
            let forms = (business["config"] as? [String: Any])?["forms"] as? [[String: Any]] ?? []
            #expect(forms.contains { $0["type"] as? String == "radio" })
            let ssl = try await client.get("/order/601").object("product")
            #expect(((ssl["config"] as? [String: Any])?["forms"] as? [Any])?.isEmpty == true)
            #expect(try await client.get("/order/1").errors == ["invalid_product_id"])
        }
    }
    @Test func customVPSUsesEveryRemainingFieldTypeInHostBillsShape() async throws {
        try await withSandbox { client async throws in
            #expect(try await client.get("/category/12/product").list("products").contains { $0["id"] as? String == "402" })
            let product = try await client.get("/order/402").object("product")
            #expect(product["category_name"] as? String == "Cloud Servers")
            let config = try #require(product["config"] as? [String: Any])
            let forms = try #require(config["forms"] as? [[String: Any]])
            #expect(forms.compactMap { $0["type"] as? String } == ["searchselect", "select", "sliderinput", "slidersequenced",
                "selectqty", "multicheckbox", "encryptedinput", "encryptedpassword", "datepicker", "fileupload"])
            for form in forms {
                let id = try #require(form["id"] as? String)
                #expect(form["name"] as? String == "custom[\(id)]")
                let items = try #require(form["items"] as? [[String: Any]])
                #expect((form["firstItemId"] as? NSNumber)?.intValue == (items.first?["id"] as? NSNumber)?.intValue)
                #expect(items.allSatisfy { $0["title"] is String && $0["value"] is String && $0["price"] is NSNumber
                    && $0["setup"] is NSNumber && $0["selected"] is Bool })
            }
            func form(_ id: String) throws -> [String: Any] { try #require(forms.first { $0["id"] as? String == id }) }
            func formConfig(_ id: String) throws -> [String: Any] { try #require(try form(id)["config"] as? [String: Any]) }
            for (id, bounds) in [("1652", [1, 32, 1, 2]), ("1653", [2, 64, 2, 4]), ("1654", [20, 1000, 10, 40])] {
                let c = try formConfig(id)
                #expect(["minvalue", "maxvalue", "step", "initialval"].map { (c[$0] as? NSNumber)?.intValue ?? -1 } == bounds)
            }
            #expect(forms.filter { $0["required"] as? Bool == true }.compactMap { $0["title"] as? String }
                == ["Region", "Windows licence key", "Root password"])
            let rules = try forms.flatMap { f in (try formConfig(f["id"] as? String ?? "")["conditionals"] as? [[String: Any]]) ?? [] }
            #expect(Set(rules.compactMap { $0["action"] as? String }) == ["show", "hide", "setval"])
            #expect(Set(rules.compactMap { $0["condition"] as? String }) == ["eq", "less", "more"])
            #expect(rules.contains { $0["action"] as? String == "setval" && $0["target"] as? String == "1653" && $0["targetval"] as? String == "8" })
            let cycles = try #require((config["product"] as? [[String: Any]])?.first?["items"] as? [[String: Any]])
            #expect(cycles.compactMap { $0["value"] as? String } == ["m", "q", "a"])
            #expect(cycles.compactMap { ($0["setup"] as? NSNumber)?.doubleValue } == [5, 5, 0])
            let domain = try #require((config["product"] as? [[String: Any]])?.last)
            #expect(domain["id"] as? String == "domain" && domain["required"] as? Bool == true)
            let addons = try #require(config["addons"] as? [[String: Any]])
            let support = try #require(addons.first { $0["id"] as? String == "44" })
            let parts = try #require(support["config"] as? [[String: Any]])
            #expect(parts.first?["name"] as? String == "addon[44]" && parts.last?["name"] as? String == "addon_cycles[44]")
            let addonCycles = try #require(parts.last?["items"] as? [[String: Any]])
            #expect(addonCycles.compactMap { $0["value"] as? String } == ["m", "a"])
            #expect(addonCycles.compactMap { ($0["price"] as? NSNumber)?.doubleValue } == [9, 90])
            #expect(addonCycles.compactMap { ($0["setup"] as? NSNumber)?.doubleValue } == [19, 0])
        }
    }
}
