import FoundationEssentials

/// HostBill's error rule: a failure is HTTP status ≥ 400 or a non-empty `error` array (even with 200).
enum ResponseInterpreter {
    static func interpret(_ response: HTTPResponse) throws -> JSONValue {
        let json: JSONValue? = response.body.isEmpty ? .object([:]) : try? JSONValue.parse(response.body)
        let errors = json.map { ServerMessages(json: $0["error"]) } ?? ServerMessages([])
        if response.status == 429 {
            throw APIError.rateLimited(retryAfter: RetryPolicy.retryAfterSeconds(response.headers["retry-after"]))
        }
        if response.status >= 400 {
            if response.status == 401 && errors.contains(key: "wronglogin") { throw APIError.wrongCredentials }
            throw APIError.httpStatus(response.status, errors)
        }
        if response.status >= 300 { throw APIError.httpStatus(response.status, errors) }
        guard let json else { throw APIError.unreadableResponse("the server's answer is not valid JSON") }
        if !errors.isEmpty {
            if errors.contains(key: "wronglogin") { throw APIError.wrongCredentials }
            throw APIError.server(errors)
        }
        return json
    }
}
