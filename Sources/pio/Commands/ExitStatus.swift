import ArgumentParser
import FoundationEssentials
import Glibc
import PortalAPI

/// Exit codes of the script commands (documented in the README).
enum ExitStatus {
    /// `pio order` was not confirmed.
    static let declined: Int32 = 1
    static let usage: Int32 = 2
    static let auth: Int32 = 3
    static let network: Int32 = 4
    static let server: Int32 = 5
    /// A write (an order, applying credit) was sent but its answer was lost: it may have been applied.
    /// Never retried; the message says how to check.
    static let outcomeUnknown: Int32 = 6

    static func code(for error: APIError) -> Int32 {
        switch error {
        case .invalidURL, .invalidRequest: return usage
        case .offline, .timedOut, .tls: return network
        case _ where error.isAuthFailure: return auth
        case .cancelled: return server
        default: return server
        }
    }
}

/// A failure of any pio command: one line on stderr and its documented exit code.
struct CommandFailure: Error {
    let code: Int32
    let message: String

    func exit() -> Never {
        StandardError.write("pio: " + message + "\n")
        Glibc.exit(code)
    }
}
