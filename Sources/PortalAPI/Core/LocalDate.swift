#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension APIDate {
    /// Today on this machine's calendar and time zone (overdue invoices are judged against it).
    public static func today() -> APIDate? {
        var now = time(nil)
        var local = tm()
        guard localtime_r(&now, &local) != nil else { return nil }
        func twoDigits(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return APIDate("\(local.tm_year + 1900)-\(twoDigits(local.tm_mon + 1))-\(twoDigits(local.tm_mday))")
    }
}

/// A moment as this machine's local wall-clock time, "2026-12-03 14:05:09".
public enum LocalTime {
    public static func string(from secondsSince1970: Double) -> String {
        var moment = time_t(secondsSince1970)
        var local = tm()
        guard localtime_r(&moment, &local) != nil else { return "?" }
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(local.tm_year + 1900)-\(two(local.tm_mon + 1))-\(two(local.tm_mday)) "
            + "\(two(local.tm_hour)):\(two(local.tm_min)):\(two(local.tm_sec))"
    }
}
