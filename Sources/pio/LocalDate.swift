import Foundation
import PortalAPI

extension APIDate {
    /// Today on this machine's calendar (overdue invoices are judged against it).
    static func today() -> APIDate? {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return APIDate(String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0))
    }
}
