import PortalUI
import Testing

/// What `MouseReportReader` makes of the terminal's reads: ncurses gives the start of a report as
/// one key code (here "P" for ESC [ < and "X" for ESC [ M, "F" for a function key) and the rest
/// as characters.
@Suite struct MouseReportReaderTests {
    typealias Output = MouseReportReader.Output<Character>

    /// `text` as one read, with `P` and `X` standing for the two prefix codes and `F` for a key code.
    func units(_ text: String) -> [Character] { Array(text) }
    func unit(_ c: Character) -> MouseReportReader.Unit {
        switch c {
        case "P": return .sgrPrefix
        case "X": return .x10Prefix
        case "F": return .key
        default: return .character(c.unicodeScalars.first!.value)
        }
    }
    func read(_ reader: inout MouseReportReader, _ text: String) -> [Output] { reader.read(units(text), unit: unit) }
    func keys(_ text: String) -> [Output] { text.map { .input($0) } }
    let click = MouseEvent(.press(button: 0), row: 4, col: 11)

    @Test func aReportInOneReadIsOneEvent() {
        var reader = MouseReportReader()
        #expect(read(&reader, "P0;12;5M") == [.mouse(click)])
        #expect(read(&reader, "P0;12;5m") == [.mouse(MouseEvent(.release(button: 0), row: 4, col: 11))])
        #expect(read(&reader, "P65;300;250M") == [.mouse(MouseEvent(.wheelDown, row: 249, col: 299))])
        #expect(!reader.isInsideReport)
    }

    @Test func aReportSplitAcrossReadsWaitsForItsFinalByte() {
        var reader = MouseReportReader()
        #expect(read(&reader, "jP0;1") == keys("j"))
        #expect(reader.isInsideReport)
        #expect(read(&reader, "2;") == [])
        #expect(read(&reader, "5Mk") == [.mouse(click)] + keys("k"))
        #expect(!reader.isInsideReport)
        #expect(read(&reader, "P") == [])
        #expect(read(&reader, "0;12;5M") == [.mouse(click)])
    }

    @Test func keysAroundReportsKeepTheirOrder() {
        var reader = MouseReportReader()
        #expect(read(&reader, "abP0;12;5M1FP64;1;1M2") == keys("ab") + [.mouse(click)] + keys("1F")
                + [.mouse(MouseEvent(.wheelUp, row: 0, col: 0))] + keys("2"))
    }

    @Test func escThenAReportIsEscAndTheReport() {
        var reader = MouseReportReader()
        #expect(read(&reader, "\u{1B}P0;12;5M") == keys("\u{1B}") + [.mouse(click)])
        // ncurses gave the prefix as ESC, [, < (they came apart on the line): still a report.
        #expect(read(&reader, "\u{1B}\u{1B}[<0;12;5M") == keys("\u{1B}") + [.mouse(click)])
        // ESC [ followed by anything else stays what it was.
        #expect(read(&reader, "\u{1B}[A\u{1B}[") == keys("\u{1B}[A\u{1B}["))
    }

    @Test func garbageIsDroppedWholeAndNeverTyped() {
        var reader = MouseReportReader()
        // A report cut short: its digits and ; are dropped; the key that ended it is read as usual.
        #expect(read(&reader, "P1;2") == [])
        #expect(read(&reader, "abc") == keys("abc"))
        #expect(read(&reader, "P1;2F3") == keys("F3"))
        #expect(read(&reader, "P1;2\u{1B}") == keys("\u{1B}"))
        // Well-formed in shape but not a report: dropped, final byte included.
        #expect(read(&reader, "P1;2Mx") == keys("x"))
        #expect(read(&reader, "P0;0;0Mx") == keys("x"))
        #expect(read(&reader, "P66;5;5Mx") == keys("x"))
        // Another report's start ends the first one.
        #expect(read(&reader, "P1;2P0;12;5M") == [.mouse(click)])
        // Far too long: every digit is still eaten, none typed.
        #expect(read(&reader, "P" + String(repeating: "1", count: 40)) == [])
        #expect(read(&reader, String(repeating: "2;", count: 40) + "Mq") == keys("q"))
        #expect(!reader.isInsideReport)
    }

    @Test func anX10ReportIsDroppedWithItsThreeBytes() {
        var reader = MouseReportReader()
        #expect(read(&reader, "X !!q") == keys("q"))
        #expect(read(&reader, "X ") == [])
        #expect(read(&reader, "12j") == keys("j"))
        #expect(read(&reader, "\u{1B}[M#55j") == keys("j"))
    }
}
