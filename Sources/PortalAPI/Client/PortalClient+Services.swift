import FoundationEssentials

extension PortalClient {
    /// `GET /service`
    public func services() async throws -> [ServiceSummary] {
        try await list("/service", key: "services", ServiceSummary.init(json:))
    }

    /// `GET /service/{id}`
    public func service(id: String) async throws -> ServiceDetail {
        let json = try await get("/service/" + Endpoint.segment(id))
        let service = json.payload("service")
        guard !service.object.isEmpty else { throw APIError.unreadableResponse("the answer holds no service") }
        return ServiceDetail(json: service)
    }

    /// `GET /service/{id}/methods`
    public func serviceMethods(id: String) async throws -> [ServiceMethod] {
        try await get("/service/" + Endpoint.segment(id) + "/methods").payload("methods").list.map(ServiceMethod.init(json:))
    }

    /// `GET /service/{id}/label`
    public func label(serviceID: String) async throws -> SafeText {
        try await get("/service/" + Endpoint.segment(serviceID) + "/label").payload("label").text
    }

    /// `POST /service/{id}/label`
    @discardableResult
    public func setLabel(serviceID: String, label: String) async throws -> ServerMessages {
        let json = try await post("/service/" + Endpoint.segment(serviceID) + "/label", body: .object(["label": .string(label)]))
        return ServerMessages(json: json["info"])
    }

    /// `POST /service/{id}/cancel`: `immediate` false cancels at the end of the billing period.
    @discardableResult
    public func cancel(serviceID: String, immediate: Bool, reason: String) async throws -> ServerMessages {
        let body: JSONValue = .object(["immediate": .string(immediate ? "true" : "false"), "reason": .string(reason)])
        let json = try await post("/service/" + Endpoint.segment(serviceID) + "/cancel", body: body)
        return ServerMessages(json: json["info"])
    }

    /// A list under `key`, following `{"page": {"current", "total"}}` pagination when an install uses it.
    func list<Element>(_ path: String, key: String, _ element: @escaping (JSONValue) -> Element) async throws -> [Element] {
        let first = try await listPage(path, key: key, query: [], element)
        var items = first.items
        let page = first.root["page"]
        if let current = page["current"].int, let total = page["total"].int, total > current {
            for n in (current + 1)...min(total, configuration.maxPages) {
                items += try await listPage(path, key: key, query: [("page", String(n))], element).items
            }
        }
        return items
    }

    private func listPage<Element>(_ path: String, key: String, query: [(String, String)],
                                   _ element: @escaping (JSONValue) -> Element) async throws -> JSONListAnswer<Element> {
        try await call(.GET, path, query: query, body: nil, authenticated: true) {
            try ResponseInterpreter.interpretList($0, key: key, element: element)
        }
    }
}
