import FoundationEssentials

extension PortalClient {
    /// `GET /category`
    public func categories() async throws -> [ProductCategory] {
        try await list("/category", key: "categories", ProductCategory.init(json:))
    }

    /// `GET /category/{id}/product`
    public func products(categoryID: String) async throws -> [Product] {
        try await list("/category/" + Endpoint.segment(categoryID) + "/product", key: "products", Product.init(json:))
    }

    /// `GET /order/{product_id}`
    public func productConfiguration(productID: String) async throws -> ProductConfiguration {
        let product = try await get("/order/" + Endpoint.segment(productID)).payload("product")
        guard !product.object.isEmpty else { throw APIError.unreadableResponse("the answer holds no product") }
        return ProductConfiguration(json: product)
    }

    /// `POST /order/{product_id}`: places the order (never retried automatically).
    public func order(productID: String, _ request: OrderRequest) async throws -> OrderResult {
        OrderResult(json: try await post("/order/" + Endpoint.segment(productID), body: request.body))
    }
}
