import FoundationEssentials

extension PortalClient {
    /// `GET /service/{id}/upgrade`
    public func upgradeOptions(serviceID: String) async throws -> UpgradeOptions {
        UpgradeOptions(json: try await get("/service/" + Endpoint.segment(serviceID) + "/upgrade"))
    }

    /// `POST /service/{id}/upgrade`: with `send == false` the server only estimates.
    public func upgrade(serviceID: String, _ request: UpgradeRequest) async throws -> UpgradeQuote {
        let json = try await post("/service/" + Endpoint.segment(serviceID) + "/upgrade", body: request.body)
        return UpgradeQuote(json: json, sent: request.send)
    }
}
