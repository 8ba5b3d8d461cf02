import FoundationEssentials

/// HostBill's error rule: a failure is HTTP status ≥ 400 or a non-empty `error` array (even with 200).
enum ResponseInterpreter {
    static func interpret(_ response: HTTPResponse) throws -> JSONValue {
        let json: JSONValue? = response.body.isEmpty ? .object([:]) : try? JSONValue.parse(response.body)
        return try check(response, json)
    }

    /// A list answer, its elements made into `Element`s as they are read (`JSONListAnswer`). Answers
    /// that are not a success are read whole, as `interpret` does.
    static func interpretList<Element>(_ response: HTTPResponse, key: String,
                                       element: (JSONValue) -> Element) throws -> JSONListAnswer<Element> {
        guard (200..<300).contains(response.status), !response.body.isEmpty else {
            let json = try interpret(response)
            return JSONListAnswer(root: json, items: json.payload(key).list.map(element))
        }
        let answer = try? JSONValue.parseList(response.body, key: key, element: element)
        _ = try check(response, answer?.root)
        guard let answer else { throw APIError.unreadableResponse("the server's answer is not valid JSON") }
        return answer
    }

    private static func check(_ response: HTTPResponse, _ json: JSONValue?) throws -> JSONValue {
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
