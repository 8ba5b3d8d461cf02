import PortalAPI

extension ServiceStatus {
    /// The colour role for a status; the status is always drawn as text too.
    var role: StyleRole {
        switch self {
        case .active: return .success
        case .pending: return .warning
        case .suspended, .fraud: return .danger
        case .terminated, .cancelled: return .dim
        case .other: return .normal
        }
    }
}
