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
