import Foundation
@testable import PortalSandbox
import Testing

@Suite struct JSONTests {
    @Test func writerEscapesLikePHP() {
        let json: JSON = ["path": "a/b", "ctl": "x\u{1B}y\n\"z\"", "n": .number("9.99"), "list": [true, .null]]
        #expect(json.serialized() == #"{"path":"a\/b","ctl":"x\u001by\n\"z\"","n":9.99,"list":[true,null]}"#)
        #expect(json.serialized(escapeSlashes: false).contains(#""path":"a/b""#))
    }

    /// Bodies are read by `JSONSerialization`: keys sorted, numbers as the shortest text of their value.
    @Test func readerRoundTripsUnicodeEscapesSortsKeysAndKeepsNumbersExact() throws {
        let text = #"{"b":1,"a":"\u00e9\ud83d\ude80 \/ x","c":[1.50,{"d":null}],"e":false,"f":true,"g":6.99,"h":10400}"#
        let json = try #require(JSON.parse(Data(text.utf8)))
        #expect(json.objectFields?.map(\.key) == ["a", "b", "c", "e", "f", "g", "h"])
        #expect(json["a"]?.text == "é🚀 / x")
        #expect(json["b"] == .number("1"))
        #expect(json["c"]?.arrayValues?.first == .number("1.5"))
        #expect(json["e"] == .bool(false) && json["f"] == .bool(true))
        #expect(json["g"]?.decimal == Decimal(string: "6.99"))
        #expect(json["h"] == .number("10400"))
        let again = try #require(JSON.parse(Data(json.serialized().utf8)))
        #expect(again == json)
    }

    @Test func parserRejectsTruncatedAndTrailingGarbage() {
        #expect(JSON.parse(Data(#"{"a":1"#.utf8)) == nil)
        #expect(JSON.parse(Data(#"{"a":1} x"#.utf8)) == nil)
        #expect(JSON.parse(Data("[\"raw\nnewline\"]".utf8)) == nil)
    }

    @Test func formBodiesNestBrackets() {
        let form = JSON.parseForm("username=demo%40example.com&custom[1630]=10400&custom[1632][10420]=4&a=b+c")
        #expect(form["username"]?.text == "demo@example.com")
        #expect(form["custom"]?["1630"]?.text == "10400")
        #expect(form["custom"]?["1632"]?["10420"]?.text == "4")
        #expect(form["a"]?.text == "b c")
    }

    @Test func moneyFormats() {
        #expect(Money.text(Decimal(string: "1390")!) == "1390.00")
        #expect(Money.text(Decimal(string: "6.995")!) == "7.00")
        #expect(Money.number(Decimal(string: "19.50")!) == .number("19.5"))
        #expect(Money.number(Decimal(string: "-1.30")!) == .number("-1.3"))
    }

    @Test func secretsAreMaskedInJSONAndForms() {
        let json = SecretMasker.mask(body: #"{"username":"u","password":"p","nested":{"refresh_token":"r"}}"#,
                                     contentType: "application/json")
        #expect(json == #"{"nested":{"refresh_token":"***"},"password":"***","username":"u"}"#)   // keys sorted as read
        #expect(SecretMasker.mask(body: "username=u&password=p", contentType: "application/x-www-form-urlencoded")
            == "username=u&password=***")
        #expect(SecretMasker.mask(body: "password=p", contentType: "text/plain") == "<10 bytes, not JSON>")
    }

    @Test func routePatternsMatchMethodAndWildcards() throws {
        let p = try #require(RoutePattern("POST /api/order/*"))
        #expect(p.matches(method: "post", segments: ["order", "401"]))
        #expect(!p.matches(method: "GET", segments: ["order", "401"]))
        #expect(!p.matches(method: "POST", segments: ["order"]))
        let any = try #require(RoutePattern("/service/*/cancel"))
        #expect(any.matches(method: "POST", segments: ["service", "301", "cancel"]))
    }
}
