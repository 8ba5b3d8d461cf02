/// The orders of the invoices list; `s` steps through them.
public enum InvoiceSort: String, SortColumn {
    /// Newest first.
    case date
    /// Earliest due first; invoices without a due date last.
    case due = "due date"
    /// Attention first: overdue, collections, unpaid, drafts, then settled ones.
    case status
    /// Largest first.
    case total

    /// Dates and totals go newest or largest first; due dates and status soonest or most urgent first.
    public var ascending: Bool { self == .due || self == .status }

    /// Indices of the invoices in this order. Ties go to the newer invoice (higher numeric id,
    /// integer ids before others). Each sort compares integers pulled out beforehand.
    func order(_ keys: [InvoiceKeys], ids: [String]) -> [Int] {
        let numbers = keys.map(\.numericID)
        func newer(_ i: Int, _ j: Int) -> Bool {
            switch (numbers[i], numbers[j]) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return ids[i] > ids[j]
            }
        }
        switch self {
        case .date:
            let d = keys.map(\.date)
            return keys.indices.sorted { i, j in d[i] != d[j] ? d[i] > d[j] : newer(i, j) }
        case .due:
            let d = keys.map { $0.due == 0 ? Int.max : $0.due }
            return keys.indices.sorted { i, j in d[i] != d[j] ? d[i] < d[j] : newer(i, j) }
        case .status:
            let r = keys.map(\.rank)
            return keys.indices.sorted { i, j in r[i] != r[j] ? r[i] < r[j] : newer(i, j) }
        case .total:
            let t = keys.map(\.totalUnits)
            return keys.indices.sorted { i, j in t[i] != t[j] ? t[i] > t[j] : newer(i, j) }
        }
    }
}
