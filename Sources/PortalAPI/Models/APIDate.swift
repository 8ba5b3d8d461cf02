import Foundation

/// A server date, `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` in the server's local time.
/// `0000-00-00` and empty strings mean "no date" and decode as nil.
public struct APIDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int
    public let hour: Int?, minute: Int?, second: Int?

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
        year = y; month = m; day = d
        hour = numbers.count > 3 ? numbers[3] : nil
        minute = numbers.count > 4 ? numbers[4] : nil
        second = numbers.count > 5 ? numbers[5] : nil
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
        return dateString + String(format: " %02d:%02d:%02d", hour, minute ?? 0, second ?? 0)
    }

    public static func < (a: APIDate, b: APIDate) -> Bool {
        (a.year, a.month, a.day, a.hour ?? 0, a.minute ?? 0, a.second ?? 0)
            < (b.year, b.month, b.day, b.hour ?? 0, b.minute ?? 0, b.second ?? 0)
    }
}
