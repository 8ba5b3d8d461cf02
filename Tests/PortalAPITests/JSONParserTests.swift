import Foundation
import Testing
@testable import PortalAPI

@Suite struct JSONParserTests {
    static let valid: [String] = [
        SpecExamples.invoices, SpecExamples.invoice, SpecExamples.services, SpecExamples.service, SpecExamples.methods,
        SpecExamples.upgradeOptions, SpecExamples.label, SpecExamples.categories,
        repairedExample(SpecExamples.productConfiguration),
        #"{"a": [1, -2.5, 3e2, true, false, null, "x\"y\\z\/", {}, []], "b": {"c": "\u00e9\ud83d\ude00"}}"#,
    ]

    @Test func agreesWithJSONDecoder() throws {
        for text in Self.valid {
            let reference = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
            #expect(try JSONParser.parse(Data(text.utf8)) == reference)
        }
    }

    @Test func escapesAndSurrogates() throws {
        let v = try parse(#"{"s": "a\nb\t\u0041\ud83d\ude00\ud800x"}"#)
        #expect(v["s"].string == "a\nb\tA😀\u{FFFD}x")
    }

    @Test func numbersKeepTheirExactDecimalValue() throws {
        let v = try parse(#"[0.1, 19.65, 123456789012345678901234.5, -0.01, 1e-2]"#)
        #expect(v.list.compactMap(\.decimal) == ["0.1", "19.65", "123456789012345678901234.5", "-0.01", "0.01"].compactMap { Decimal(string: $0) })
    }

    @Test func rawControlCharactersInStringsAreTolerated() throws {
        #expect(try parse("{\"d\": \"one\ntwo\"}")["d"].string == "one\ntwo")
    }

    @Test(arguments: ["", "{", "[1,]x", "{\"a\" 1}", "[1 2]", "tru", "\"open", "{\"a\":1}}", "-", "1.", "[\"\\q\"]"])
    func invalidInputIsUnreadable(_ text: String) {
        #expect(throws: APIError.self) { try JSONValue.parse(Data(text.utf8)) }
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: APIError.self) { try JSONValue.parse(Data(deep.utf8)) }
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        let bytes: [UInt8] = Array(#"{"s": "a"#.utf8) + [0xFF, 0xFE] + Array(#"b"}"#.utf8)
        #expect(try JSONValue.parse(Data(bytes))["s"].string == "a\u{FFFD}\u{FFFD}b")
    }
}
