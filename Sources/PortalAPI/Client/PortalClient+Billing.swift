import FoundationEssentials

extension PortalClient {
    /// `GET /balance`
    public func balance() async throws -> Balance {
        Balance(json: try await get("/balance"))
    }

    /// `GET /invoice`
    public func invoices() async throws -> [InvoiceSummary] {
        try await list("/invoice", key: "invoices", InvoiceSummary.init(json:))
    }

    /// `GET /invoice/{id}`
    public func invoice(id: String) async throws -> InvoiceDetail {
        let invoice = try await get("/invoice/" + Endpoint.segment(id)).payload("invoice")
        guard !invoice.object.isEmpty else { throw APIError.unreadableResponse("the answer holds no invoice") }
        return InvoiceDetail(json: invoice)
    }

    /// `POST /invoice/{id}/credit`: without an amount the server applies what pays the invoice in full.
    @discardableResult
    public func applyCredit(invoiceID: String, amount: Decimal? = nil) async throws -> ServerMessages {
        if let amount, amount <= 0 { throw APIError.invalidRequest("The credit amount must be greater than zero.") }
        let body: JSONValue = .object(amount.map { ["amount": .number($0)] } ?? [:])
        let json = try await post("/invoice/" + Endpoint.segment(invoiceID) + "/credit", body: body)
        return ServerMessages(json: json["info"])
    }
}
