import Foundation
import Testing
@testable import PortalAPI

/// The pieces of Foundation pio rewrote on FoundationEssentials, checked against Foundation itself.
@Suite struct EssentialsTests {
    @Test(arguments: ["12.345", "-12.345", "0.005", "-0.005", "9.995", "99.5", "0", "123", "1.25", "-1.25", "0.0001", "18446744.0735"])
    func roundingMatchesNSDecimalRound(_ text: String) {
        let value = Decimal(string: text)!
        for places in 0...3 {
            var input = value, expected = Decimal()
            NSDecimalRound(&expected, &input, places, .plain)
            #expect(value.roundedPlain(places: places) == expected, "\(text) to \(places)")
        }
    }

    @Test func wholeNumbersAndScaledIntegers() {
        #expect(Decimal(string: "301")!.wholeNumber == 301)
        #expect(Decimal(string: "-7.9")!.wholeNumber == -7)
        #expect(Decimal(string: "99999999999999999999")!.wholeNumber == nil)
        #expect(Decimal.nan.wholeNumber == nil)
        #expect(Decimal(string: "12.3456")!.scaledInteger(shift: 2, rounding: true) == 1235)
        #expect(Decimal(string: "-12.3449")!.scaledInteger(shift: 2, rounding: true) == -1234)
        #expect(Decimal(string: "5")!.scaledInteger(shift: 4, rounding: true) == 50_000)
        #expect(Decimal(string: "0.5")!.approximateDouble == 0.5)
    }

    @Test func trimmingAndCase() {
        #expect("  \tweb 1\u{00A0} ".trimmingWhitespace() == "web 1")
        #expect(" \n x \n ".trimmingWhitespace() == "\n x \n")   // newlines are not .whitespaces
        #expect("   ".trimmingWhitespace() == "")
        #expect("Web Hosting".containsIgnoringCase("HOST"))
        #expect("Größe".equalsIgnoringCase("GRÖSSE") == ("Größe".lowercased() == "GRÖSSE".lowercased()))
        #expect("a b+c/é".percentEncodedForQuery == "a%20b%2Bc%2F%C3%A9")
    }

    @Test func naturalOrderOfNames() {
        let names = ["web10", "Web2", "web2a", "alpha", "Beta", "web02", "db-1", "db-10", "db-9"]
        #expect(names.sorted(by: String.naturallyOrdered) == ["alpha", "Beta", "db-1", "db-9", "db-10", "Web2", "web02", "web2a", "web10"])   // Web2 = web02 by value; plain order breaks the tie
        #expect(!String.naturallyOrdered("x", "x"))
        #expect(String.naturallyOrdered("", "a"))
    }

    @Test func retryAfterDates() throws {
        let date = try #require(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT"))
        #expect(date.timeIntervalSince1970 == 784_111_777)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
        #expect(HTTPDate.parse("Sun, 32 Nov 1994 08:49:37 GMT") == nil)
        #expect(RetryPolicy.retryAfterSeconds("Sun, 06 Nov 1994 08:49:37 GMT") == 0)   // in the past
        #expect(RetryPolicy.retryAfterSeconds(" 3 ") == 3)
    }

    @Test func requestTargets() throws {
        let t = try RequestTarget(url: "https://Portal.Example.com/api/service?status=Active")
        #expect(t.isTLS && t.port == 443 && t.authority.lowercased() == "portal.example.com")
        #expect(t.pathAndQuery == "/api/service?status=Active")
        let v6 = try RequestTarget(url: "http://[::1]:8080/api")
        #expect(v6.host == "::1" && v6.authority == "[::1]:8080" && v6.hostIsAddress && !v6.isTLS)
        #expect(try RequestTarget(url: "http://127.0.0.1/x").hostIsAddress)
        #expect(throws: TransportError.self) { try RequestTarget(url: "ftp://example.com/") }
    }
}
