import Foundation

/// A server date, `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` in the server's local time.
/// `0000-00-00` and empty strings mean "no date" and decode as nil.
public struct APIDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int
    public let hour: Int?, minute: Int?, second: Int?

    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard let datePart = parts.first else { return nil }
        let ymd = datePart.split(separator: "-").map { Int($0) }
        guard ymd.count == 3, let y = ymd[0], let m = ymd[1], let d = ymd[2],
              y > 0, (1...12).contains(m), (1...31).contains(d) else { return nil }
        year = y; month = m; day = d
        if parts.count > 1 {
            let hms = parts[1].split(separator: ":").map { Int($0) }
            hour = hms.count > 0 ? hms[0] : nil
            minute = hms.count > 1 ? hms[1] : nil
            second = hms.count > 2 ? hms[2] : nil
        } else {
            hour = nil; minute = nil; second = nil
        }
    }

    init?(json: JSONValue) {
        guard let s = json.string else { return nil }
        self.init(s)
    }

    /// "2017-12-30"
    public var dateString: String { String(format: "%04d-%02d-%02d", year, month, day) }
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
