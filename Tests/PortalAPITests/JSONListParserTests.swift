import Foundation
import Testing
@testable import PortalAPI

/// A list answer read element by element must give what the whole tree gives:
/// `payload(key).list` made into rows, every shape HostBill and its installs send.
@Suite struct JSONListParserTests {
    static let shapes: [String] = [
        #"{"invoices": [{"id": "1"}, {"id": "2"}], "page": {"current": 1, "total": 1}}"#,
        #"{"invoices": {"10": {"id": "10"}, "9": {"id": "9"}, "x": {"id": "x"}, "100": {"id": "100"}}}"#,
        #"{"data": {"invoices": [{"id": "3"}], "extra": 1}}"#,
        #"{"data": {"invoices": {"2": {"id": "2"}, "1": {"id": "1"}}}}"#,
        #"{"data": [{"id": "7"}, {"id": "8"}]}"#,
        #"{"data": {"5": {"id": "5"}, "4": {"id": "4"}}}"#,
        #"{"invoices": null, "data": {"invoices": [{"id": "11"}]}}"#,
        #"{"invoices": null, "data": {"invoices": null, "12": {"id": "12"}}}"#,
        #"{"invoices": "none", "data": {"invoices": [{"id": "13"}]}}"#,
        #"{"invoices": [], "data": {"invoices": [{"id": "14"}]}}"#,
        #"{"invoices": [{"id": "1"}], "invoices": [{"id": "2"}, {"id": "3"}]}"#,
        #"{"invoices": {"1": {"id": "a"}, "1": {"id": "b"}}}"#,
        #"{"data": {"invoices": [{"id": "1"}]}, "data": {"other": [{"id": "2"}]}}"#,
        #"{"invoices": [1, "two", null, [3], {"id": "4"}]}"#,
        #"{"error": ["boom"], "invoices": [{"id": "1"}]}"#,
        #"{}"#,
        #"[{"id": "1"}, {"id": "2"}]"#,
        #""invoices""#,
        #"  {"invoices" : [ {"id":"1"} ] , "page" : { } }  "#,
        SpecExamples.invoices,
    ]

    private func ids(_ json: JSONValue) -> String { json["id"].string ?? json.string ?? "<\(json.object.count) \(json.list.count)>" }

    @Test(arguments: shapes) func agreesWithTheWholeTree(text: String) throws {
        let data = Data(text.utf8)
        let tree = try JSONValue.parse(data)
        let answer = try JSONValue.parseList(data, key: "invoices", element: ids)
        #expect(answer.items == tree.payload("invoices").list.map(ids), "\(text)")
        #expect(answer.root["page"] == tree["page"])
        #expect(answer.root["error"] == tree["error"])
    }

    @Test func elementsAreMadeOneByOneAsTheyAreRead() throws {
        var seen: [String] = []
        let answer = try JSONValue.parseList(Data(#"{"services": [{"id": "1"}, {"id": "2"}, {"id": "3"}]}"#.utf8), key: "services") {
            seen.append($0["id"].string ?? "")
            return seen.count
        }
        #expect(seen == ["1", "2", "3"])
        #expect(answer.items == [1, 2, 3])
        #expect(answer.root["services"].isNull)   // the list is not kept as a tree
    }

    @Test func aLongListKeepsNoSpareCapacity() throws {
        let text = "{\"invoices\": [" + (0..<10_000).map { "{\"id\": \"\($0)\"}" }.joined(separator: ",") + "]}"
        let answer = try JSONValue.parseList(Data(text.utf8), key: "invoices") { $0["id"].int ?? -1 }
        #expect(answer.items == Array(0..<10_000))
        #expect(answer.items.capacity < 10_000 + 4096)
    }

    @Test(arguments: [
        #"{"invoices": [{"id": "1"},]}"#, #"{"invoices": [{"id": "1"}"#, #"{"invoices": {"1": }}"#,
        #"{"data": {"invoices": [}}"#, #"{"invoices": []} x"#, #"{"invoices" [] }"#, "",
    ]) func brokenAnswersAreUnreadable(text: String) {
        #expect(throws: APIError.unreadableResponse("the server's answer is not valid JSON")) {
            try JSONValue.parseList(Data(text.utf8), key: "invoices") { $0 }
        }
    }

    @Test func deepNestingInsideAnElementIsRefused() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(throws: APIError.self) {
            try JSONValue.parseList(Data("{\"invoices\": [\(deep)]}".utf8), key: "invoices") { $0 }
        }
    }

    @Test func aListAnswerWithAnErrorArrayIsAServerError() async throws {
        let t = FakeTransport { req, _ in
            req.url.hasSuffix("/login") ? json(loginOK)
                : json(#"{"error": ["invalid_filter"], "invoices": [{"id": "1"}]}"#)
        }
        let client = try PortalClient(configuration: testConfig(.jwt), transport: t)
        await #expect(throws: APIError.server(ServerMessages(["invalid_filter"].map { SafeText($0) }))) { try await client.invoices() }
    }

    @Test func aListAnswerThatIsNotJSONIsUnreadable() async throws {
        let t = FakeTransport { req, _ in
            req.url.hasSuffix("/login") ? json(loginOK) : json(#"{"services": [{"id": "1"}"#)
        }
        let client = try PortalClient(configuration: testConfig(.jwt), transport: t)
        await #expect(throws: APIError.unreadableResponse("the server's answer is not valid JSON")) { try await client.services() }
    }

    @Test func aFailedListAnswerKeepsItsStatusAndMessages() async throws {
        let t = FakeTransport { req, _ in
            req.url.hasSuffix("/login") ? json(loginOK)
                : json(#"{"error": ["maintenance"]}"#, status: 503)
        }
        let client = try PortalClient(configuration: testConfig(.jwt, retries: 0), transport: t)
        await #expect(throws: APIError.httpStatus(503, ServerMessages(["maintenance"].map { SafeText($0) }))) { try await client.invoices() }
    }
}
