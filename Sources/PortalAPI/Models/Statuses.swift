import FoundationEssentials

/// A service's status. Unknown values are kept as text, never a failure.
public enum ServiceStatus: Sendable, Hashable, CustomStringConvertible {
    case pending, active, suspended, terminated, cancelled, fraud, other(SafeText)

    public init(_ raw: String) {
        switch raw.trimmingWhitespace().lowercased() {
        case "pending": self = .pending
        case "active": self = .active
        case "suspended": self = .suspended
        case "terminated": self = .terminated
        case "cancelled", "canceled": self = .cancelled
        case "fraud": self = .fraud
        default: self = .other(SafeText(html: raw))
        }
    }

    public var label: String {
        switch self {
        case .pending: return "Pending"
        case .active: return "Active"
        case .suspended: return "Suspended"
        case .terminated: return "Terminated"
        case .cancelled: return "Cancelled"
        case .fraud: return "Fraud"
        case .other(let text): return text.isEmpty ? "Unknown" : text.value
        }
    }
    public var description: String { label }
}

/// An invoice's status. Unknown values are kept as text.
public enum InvoiceStatus: Sendable, Hashable, CustomStringConvertible {
    case paid, unpaid, cancelled, refunded, collections, draft, creditNote, other(SafeText)

    public init(_ raw: String) {
        switch raw.trimmingWhitespace().lowercased() {
        case "paid": self = .paid
        case "unpaid": self = .unpaid
        case "cancelled", "canceled": self = .cancelled
        case "refunded": self = .refunded
        case "collections": self = .collections
        case "draft": self = .draft
        case "creditnote", "credit note": self = .creditNote
        default: self = .other(SafeText(html: raw))
        }
    }

    public var label: String {
        switch self {
        case .paid: return "Paid"
        case .unpaid: return "Unpaid"
        case .cancelled: return "Cancelled"
        case .refunded: return "Refunded"
        case .collections: return "Collections"
        case .draft: return "Draft"
        case .creditNote: return "Credit note"
        case .other(let text): return text.isEmpty ? "Unknown" : text.value
        }
    }
    public var description: String { label }

    /// Still to be paid: unpaid, or passed to collections. What HostBill's `acc_balance` (the
    /// header's Due) adds up, and what the invoices footer and `pio invoices` count.
    public var isOwed: Bool { self == .unpaid || self == .collections }
}
