import PortalAPI

extension InvoiceStatus {
    /// The colour role for a status; the status is always written out too.
    var role: StyleRole {
        switch self {
        case .unpaid: return .warning
        case .collections: return .danger
        case .paid: return .success
        case .cancelled, .refunded: return .dim
        case .draft, .creditNote, .other: return .normal
        }
    }

    /// The list's status cell: owed invoices in bold, overdue ones say so.
    func cell(overdue: Bool) -> TableCell {
        if overdue { return TableCell("Overdue", style: Style(.danger, bold: true)) }
        let owed = self == .unpaid || self == .collections
        return TableCell(label, style: Style(role, bold: owed))
    }
}
