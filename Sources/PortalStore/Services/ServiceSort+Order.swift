import FoundationEssentials
import PortalAPI

extension ServiceSort {
    /// Indices of `all` in this order. Ties go by id: numerically when both ids are integers,
    /// integer ids before others, other ids as plain strings. Each sort compares one column
    /// pulled out beforehand, so the comparisons copy no service.
    func order(_ all: [ServiceSummary], _ keys: [ServiceKeys]) -> [Int] {
        let ids = all.map(\.id)
        let numbers = keys.map(\.numericID)
        func byID(_ i: Int, _ j: Int) -> Bool {
            switch (numbers[i], numbers[j]) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return ids[i] < ids[j]
            }
        }
        switch self {
        case .nextDue:
            // Running services first, cancelled or terminated ones last, each group by next due.
            let due = all.map(\.nextDue), finished = all.map(\.status.isFinished)
            return all.indices.sorted { i, j in
                if finished[i] != finished[j] { return !finished[i] }
                switch (due[i], due[j]) {
                case let (x?, y?) where x != y: return x < y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return byID(i, j)
                }
            }
        case .status:
            let rank = all.map(\.status.sortRank)
            return all.indices.sorted { i, j in rank[i] != rank[j] ? rank[i] < rank[j] : byID(i, j) }
        case .amount:
            let total = all.map(\.total)
            return all.indices.sorted { i, j in total[i] != total[j] ? total[i] > total[j] : byID(i, j) }
        case .domain:
            let domain = keys.map(\.domain)
            return all.indices.sorted { i, j in domain[i] != domain[j] ? domain[i] < domain[j] : byID(i, j) }
        }
    }
}
