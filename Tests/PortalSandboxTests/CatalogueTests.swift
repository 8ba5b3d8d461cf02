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
}
