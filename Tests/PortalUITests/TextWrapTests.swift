import PortalAPI
import Testing
@testable import PortalUI

@Suite struct TextWrapTests {
    @Test func breaksAtSpacesWithinTheWidth() {
        let lines = TextWrap.lines("The server answered HTTP 503 (service unavailable).", width: 20)
        #expect(lines == ["The server answered", "HTTP 503 (service", "unavailable)."])
        #expect(lines.allSatisfy { TextWidth.of($0) <= 20 })
    }

    @Test func cutsWordsLongerThanTheLine() {
        let lines = TextWrap.lines("abcdefghijklmnopqrstuvwxyz", width: 10)
        #expect(lines == ["abcdefghij", "klmnopqrst", "uvwxyz"])
    }

    @Test func countsWideCharactersAsTwoColumns() {
        let lines = TextWrap.lines("日本語のサービス 名前", width: 8)
        #expect(lines.allSatisfy { TextWidth.of($0) <= 8 })
        #expect(lines.joined() == "日本語のサービス名前")
    }

    @Test func emptyTextAndZeroWidthGiveNoLines() {
        #expect(TextWrap.lines("", width: 10).isEmpty)
        #expect(TextWrap.lines("text", width: 0).isEmpty)
    }
}

@Suite struct TextWrapEdgeTests {
    @Test func aWideCharacterInAOneColumnLineStillTerminates() {
        #expect(TextWrap.lines("日本", width: 1) == ["日", "本"])
    }
}
