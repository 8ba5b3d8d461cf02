import PortalStore
import Testing

/// The generic prepared index every list filters and sorts through.
@Suite struct PreparedIndexTests {
    enum Order: Hashable, Sendable { case asGiven, reversed }

    func index(_ texts: [String], needle: String = "", selected: Int? = nil) -> PreparedIndex<Order> {
        var i = PreparedIndex<Order>(sort: .asGiven)
        i.load(searchTexts: texts, sort: .asGiven, sorted: Array(texts.indices), needle: needle, selectedRow: selected)
        return i
    }

    @Test func matchesLowerCasedSubstringsIncludingWideText() {
        let i = index(["Alpha\u{1F}One", "beta\u{1F}TWO", "東京 サーバー", "alphabet"], needle: "alpha")
        #expect(i.shown == [0, 3])
        #expect(index(["Alpha", "東京 サーバー"], needle: "サーバ").shown == [1])
        #expect(index(["ÉCOLE"], needle: "école").shown == [0])
    }

    @Test func anyNeedleFindsTheRowsAPlainSearchFinds() {
        // Short texts over a small alphabet, so patterns repeat, straddle rows and start or end one;
        // both scans (over the whole buffer, and row by row once few rows are left) are compared.
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        let alphabet = Array("aab/2c")
        let texts = (0..<300).map { _ in String((0..<(1 + next(8))).map { _ in alphabet[next(alphabet.count)] }) }
        for _ in 0..<200 {
            let needle = String((0..<(1 + next(4))).map { _ in alphabet[next(alphabet.count)] })
            let expected = texts.indices.filter { texts[$0].contains(needle) }
            #expect(index(texts, needle: needle).shown == expected, "needle \(needle)")
            var narrowed = index(texts, needle: String(needle.prefix(1)))
            narrowed.filter(needle, selectedRow: nil)
            #expect(narrowed.shown == expected, "narrowed to \(needle)")
        }
    }

    @Test func theSeparatorKeepsMatchesInsideOneColumn() {
        #expect(index(["ab\u{1F}cd"], needle: "bc").shown == [])
    }

    @Test func narrowingRescansOnlyShownRowsAndGivesTheSameAnswer() {
        var i = index(["abc", "abd", "xbc", "abcd"])
        i.filter("a", selectedRow: nil)
        i.filter("ab", selectedRow: nil)
        i.filter("abc", selectedRow: nil)
        #expect(i.shown == [0, 3])
        i.filter("bc", selectedRow: nil)
        #expect(i.shown == [0, 2, 3])
    }

    @Test func resortKeepsTheFilterAndTheSelection() {
        var i = index(["abc", "abd", "xbc", "abcd"], needle: "ab", selected: 1)
        #expect(i.selected == 1)
        i.resort(.reversed, sorted: [3, 2, 1, 0], selectedRow: 1)
        #expect(i.shown == [3, 1, 0] && i.selected == 1 && i.sort == .reversed)
    }

    @Test func extraMatchesJoinTheIndexText() {
        var i = index(["abc", "xyz"])
        i.filter("label", selectedRow: nil, extra: { row, needle in row == 1 && "my label".contains(needle) })
        #expect(i.shown == [1])
    }

    @Test func anEmptyNeedleShowsEverythingInOrder() {
        var i = index(["b", "a"], needle: "a")
        i.filter("", selectedRow: 0)
        #expect(i.shown == [0, 1] && i.selected == 0 && i.rowCount == 2)
    }
}
