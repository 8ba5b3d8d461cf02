import Foundation
import Testing
@testable import PortalAPI

@Suite struct RequestBodyTests {
    func text(_ v: JSONValue) -> String { String(decoding: v.encoded(), as: UTF8.self) }

    @Test func orderBodyHasTheNestedShapesOfTheNotes() {
        let r = OrderRequest(cycle: "a", domain: "example.com", payMethod: "3", promocode: "SAVE",
                             custom: ["1618": .item("10331"), "20": .toggles(["201", "202"]),
                                      "21": .quantity(itemID: "210", 4), "22": .text(itemID: "220", "hello")],
                             addons: ["31": "q"], subproducts: ["40": "m"])
        #expect(text(r.body) == #"{"addon":{"31":1},"addon_cycles":{"31":"q"},"custom":{"1618":10331,"20":{"201":1,"202":1},"21":{"210":4},"22":{"220":"hello"}},"cycle":"a","domain":"example.com","pay_method":3,"promocode":"SAVE","subproducts":{"40":1},"subproducts_cycles":{"40":"m"}}"#)
    }

    @Test func minimalOrderBodyOmitsEmptyFields() {
        #expect(text(OrderRequest(cycle: "m", domain: "", promocode: nil).body) == #"{"cycle":"m"}"#)
    }

    @Test func upgradeBodyShapes() {
        let r = UpgradeRequest(resources: ["1557": .item("10103"), "9": .quantity(3), "10": .itemQuantity(itemID: "77", quantity: 2)],
                               package: "12", cycle: "a", send: false)
        #expect(text(r.body) == #"{"cycle":"a","package":12,"resources":{"10":{"77":"2"},"1557":"10103","9":"3"},"send":false}"#)
        #expect(text(UpgradeRequest(send: true).body) == #"{"send":true}"#)
    }
}

@Suite struct ErrorRuleTests {
    @Test func errorArrayWith200IsAFailure() {
        #expect(throws: APIError.server(ServerMessages(["cancelled_already"]))) {
            try ResponseInterpreter.interpret(json(#"{"error": ["cancelled_already"]}"#))
        }
        #expect(throws: APIError.wrongCredentials) { try ResponseInterpreter.interpret(json(#"{"error": ["wronglogin"]}"#)) }
    }

    @Test func emptyErrorArrayIsNotAFailure() throws {
        let v = try ResponseInterpreter.interpret(json(#"{"error": [], "info": ["cancell_sent"]}"#))
        #expect(ServerMessages(json: v["info"]).sentences == ["Cancellation request sent."])
    }

    @Test func statusAtLeast400IsAFailureWithItsMessages() {
        #expect(throws: APIError.httpStatus(404, ServerMessages(["notfound"]))) {
            try ResponseInterpreter.interpret(json(#"{"error": ["notfound"]}"#, status: 404))
        }
        #expect(throws: APIError.httpStatus(500, ServerMessages([]))) {
            try ResponseInterpreter.interpret(json("<html>oops</html>", status: 500))
        }
        #expect(throws: APIError.rateLimited(retryAfter: 7)) {
            try ResponseInterpreter.interpret(json("", status: 429, headers: ["retry-after": "7"]))
        }
    }

    @Test func unreadableBody() {
        #expect(throws: APIError.unreadableResponse("the server's answer is not valid JSON")) {
            try ResponseInterpreter.interpret(json("<html>", status: 200))
        }
    }

    @Test func knownKeysReadAsSentencesUnknownAsSent() {
        let m = ServerMessages(["wronglogin", "some_new_key", "A full sentence."])
        #expect(m.sentences == ["Wrong email or password.", "some_new_key", "A full sentence."])
        #expect(APIError.server(m).message.contains("Wrong email or password."))
    }

    @Test func messagesAreOneSentenceWithoutSecrets() {
        let errors: [APIError] = [.offline("connection refused"), .timedOut, .tls("x"), .invalidURL("u"), .httpStatus(502, ServerMessages([])),
                                  .rateLimited(retryAfter: nil), .server(ServerMessages([])), .wrongCredentials, .sessionExpired,
                                  .notLoggedIn, .unreadableResponse("r"), .responseTooLarge(limit: 8 << 20), .invalidRequest("i"), .cancelled]
        for e in errors {
            #expect(!e.message.isEmpty)
            #expect(!e.message.contains("\n"))
            #expect(!e.message.contains("demo"))
        }
    }
}
