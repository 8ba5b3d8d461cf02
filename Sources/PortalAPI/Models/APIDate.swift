import FoundationEssentials

/// A server date, `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` in the server's local time.
/// `0000-00-00` and empty strings mean "no date" and decode as nil.
public struct APIDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    // Stored small (12 bytes): a list of 100,000 invoices holds 300,000 of them.
    private let y: UInt16, mo: UInt8, d: UInt8
    private let h: UInt16, mi: UInt16, s: UInt16   // `none` when the server sent no time
    private static let none = UInt16.max

    public var year: Int { Int(y) }
    public var month: Int { Int(mo) }
    public var day: Int { Int(d) }
    public var hour: Int? { h == Self.none ? nil : Int(h) }
    public var minute: Int? { mi == Self.none ? nil : Int(mi) }
    public var second: Int? { s == Self.none ? nil : Int(s) }

    public init?(_ text: String) {
        // Reads digits groups from the UTF-8 bytes: Y-M-D, then optional H:M:S after ' ' or 'T'.
        var numbers: [Int] = []
        var current = -1
        var digits = 0
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                current = (current < 0 ? 0 : current) * 10 + Int(b - 0x30)
                digits += 1
                if digits > 4 { return nil }
            } else {
                if current >= 0 { numbers.append(current) }
                current = -1
                digits = 0
                guard b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == UInt8(ascii: " ") || b == UInt8(ascii: "T") else { return nil }
            }
        }
        if current >= 0 { numbers.append(current) }
        guard numbers.count == 3 || numbers.count >= 5 && numbers.count <= 6 else { return nil }
        let (y, m, d) = (numbers[0], numbers[1], numbers[2])
        guard y > 0, (1...12).contains(m), (1...31).contains(d) else { return nil }
        self.y = UInt16(y); mo = UInt8(m); self.d = UInt8(d)   // four digits at most, so y < 10,000
        h = numbers.count > 3 ? UInt16(numbers[3]) : Self.none
        mi = numbers.count > 4 ? UInt16(numbers[4]) : Self.none
        s = numbers.count > 5 ? UInt16(numbers[5]) : Self.none
    }

    init?(json: JSONValue) {
        guard let s = json.string else { return nil }
        self.init(s)
    }

    /// "2017-12-30"
    public var dateString: String {
        // Built by hand: String(format:) dominated loading 100,000 invoices.
        func digits(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2)
    }
    /// "2017-12-30" or "2016-12-30 12:40:47"
    public var description: String {
        guard let hour else { return dateString }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return dateString + " " + two(hour) + ":" + two(minute ?? 0) + ":" + two(second ?? 0)
    }

    public static func < (a: APIDate, b: APIDate) -> Bool {
        (a.year, a.month, a.day, a.hour ?? 0, a.minute ?? 0, a.second ?? 0)
            < (b.year, b.month, b.day, b.hour ?? 0, b.minute ?? 0, b.second ?? 0)
    }
}
