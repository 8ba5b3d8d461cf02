import NIOCore
import NIOHTTPCompression
import NIOPosix
import NIOSSL

/// NIO, NIOSSL and decompression errors as the client words them.
enum TransportErrors {
    /// `cap` is the body's limit in bytes, for the inflater's ratio limit (reported as `.tooLarge`).
    static func classify(_ error: any Error, cap: Int = 0) -> TransportError {
        if let known = error as? TransportError { return known }
        if error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError { return tls(error) }
        if let decompression = error as? NIOHTTPDecompression.DecompressionError {
            return decompression == .limit ? .tooLarge(limit: cap) : .connection("the server's compressed answer is damaged")
        }
        if let channelError = error as? ChannelError {
            switch channelError {
            case .connectTimeout: return .timedOut
            case .eof, .ioOnClosedChannel, .alreadyClosed, .outputClosed, .inputClosed:
                return .connection("connection closed by the server")
            default: break
            }
        }
        if error is NIOConnectionError { return fromDescription(error, fallback: "connection refused") }
        return fromDescription(error, fallback: "network error")
    }

    /// Short enough for two lines of the sign-in form.
    static let untrustedCertificate = "certificate from an unknown CA; behind a TLS-inspecting proxy, set ca_file (--ca-file, PIO_CA_FILE)"
    static let wrongHostName = "the server's certificate is not for this host name"

    /// The two refusals a user can act on, said as such: a chain to no trusted CA, a certificate for another name.
    static func tls(_ error: any Error) -> TransportError {
        if let extra = error as? NIOSSLExtraError, extra == .failedToValidateHostname { return .tls(wrongHostName) }
        if String(describing: error).contains("CERTIFICATE_VERIFY_FAILED") { return .tls(untrustedCertificate) }
        return .tls("certificate or TLS error")
    }

    /// System errors (`IOError`, resolver failures) carry their reason only in their text.
    static func fromDescription(_ error: any Error, fallback: String) -> TransportError {
        let lower = String(describing: error).lowercased()
        if lower.contains("ssl") || lower.contains("tls") || lower.contains("certificate") || lower.contains("handshake") {
            return .tls("certificate or TLS error")
        }
        if lower.contains("timeout") || lower.contains("timedout") || lower.contains("timed out") { return .timedOut }
        if lower.contains("refused") { return .connection("connection refused") }
        if lower.contains("reset") { return .connection("connection reset") }
        if lower.contains("lookup") || lower.contains("resolve") || lower.contains("dns") || lower.contains("name or service") {
            return .connection("host name not found")
        }
        if lower.contains("unreachable") { return .connection("network unreachable") }
        return .connection(fallback)
    }
}
