import PortalAPI

/// A request that changes something on the server. Every one of them follows one rule when its
/// answer is lost (`WriteOutcome.unknown`): say it may have been applied, re-read what it would
/// have changed, and never send it again by itself. The dialog that sent it closes (the cancel and
/// credit dialogs, the label editor, the upgrade pane, the order's confirmation), so no key resends
/// it either: asking again starts over from what the re-read shows.
public enum Write: Sendable, Equatable {
    case cancel, label, credit, order, upgrade, signOut

    /// "Cancellation", "Order", …: how the first sentence names it.
    var name: String {
        switch self {
        case .cancel: return "Cancellation"
        case .label: return "Label"
        case .credit: return "Credit"
        case .order: return "Order"
        case .upgrade: return "Upgrade"
        case .signOut: return "Sign-out"
        }
    }

    /// "the cancellation may have been requested", …
    var mayHaveBeenApplied: String {
        switch self {
        case .cancel: return "the cancellation may have been requested"
        case .label: return "the label may have been saved"
        case .credit: return "the credit may have been applied"
        case .order: return "the order may have been placed"
        case .upgrade: return "the upgrade may have been requested"
        case .signOut: return "the server may have revoked the session"
        }
    }

    /// How to check before asking again.
    var check: String {
        switch self {
        case .cancel: return "check the service before asking again"
        case .label: return "check the label before saving again"
        case .credit: return "check the invoice before applying again"
        case .order: return "check Services and Invoices before ordering again"
        case .upgrade: return "check the service before asking again"
        case .signOut: return "otherwise it drops it when it expires"
        }
    }

    /// The portal's message for a lost answer: `reread` says what is being read again
    /// ("The invoice is re-read"). E.g. "Credit outcome unknown (no answer). The invoice is re-read:
    /// the credit may have been applied; check the invoice before applying again."
    /// Without `reread` (a sign-out: nothing is left to read): "Sign-out outcome unknown (no answer):
    /// the server may have revoked the session; otherwise it drops it when it expires."
    public func lostAnswer(reread: String?) -> String {
        "\(name) outcome unknown (no answer)" + (reread.map { ". \($0): " } ?? ": ") + "\(mayHaveBeenApplied); \(check)."
    }

    /// The script commands' sentence for a lost answer, with `check` naming what shows the outcome:
    /// "the order was sent but no answer came (connection reset): the order may have been placed. pio
    /// did not send it again; check with `pio services` and `pio invoices` before ordering again."
    public func lostAnswer(_ error: APIError, checkWith check: String) -> String {
        "the \(name.lowercased()) was sent but no answer came (\(Write.reason(error))): \(mayHaveBeenApplied). "
            + "pio did not send it again; check with \(check) before \(againVerb)."
    }

    var againVerb: String {
        switch self {
        case .credit: return "applying again"
        case .order: return "ordering again"
        case .label: return "saving again"
        default: return "asking again"
        }
    }

    /// Why no answer came, in a few words (the error's own sentence tells the user to check the network).
    static func reason(_ error: APIError) -> String {
        switch error {
        case .offline(let why): return why
        case .timedOut: return "no answer in time"
        case .unreadableResponse: return "the answer could not be read"
        default: return error.message
        }
    }
}

/// A write's result, read by the one rule: applied, refused by the server (nothing changed: the form
/// stays with what was typed), or unknown (no answer, or none that could be read: it may have been applied).
public enum WriteOutcome<Value: Sendable>: Sendable {
    case applied(Value)
    case refused(APIError)
    case unknown(APIError)

    public init(_ result: Result<Value, APIError>) {
        switch result {
        case .success(let value): self = .applied(value)
        case .failure(let error) where error.leavesOutcomeUnknown: self = .unknown(error)
        case .failure(let error): self = .refused(error)
        }
    }
}
