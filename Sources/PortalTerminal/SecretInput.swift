import CTermSupport

/// A secret read into a C buffer that is wiped after the one `String` pio needs is made from it
/// (no stdio or line-editing buffer keeps a copy).
public enum SecretInput {
    public struct TooLong: Error {}
    static let capacity = 1024
    /// The longest secret read, in bytes.
    public static let maximumLength = capacity - 1

    /// The line typed at the terminal after `prompt`, without echo; nil without a terminal or at
    /// Ctrl-D. Ctrl-C, SIGTERM, SIGHUP and SIGQUIT end pio with 128+N after restoring the terminal.
    public static func ask(_ prompt: String) throws(TooLong) -> String? {
        try take { ts_read_secret(prompt, $0, $1) }
    }

    /// The first line of file descriptor `fd` (`--password-stdin`); nil at end of input.
    public static func line(from fd: Int32) throws(TooLong) -> String? {
        try take { ts_read_line_fd(fd, $0, $1) }
    }

    private static func take(_ read: (UnsafeMutablePointer<CChar>, Int) -> Int) throws(TooLong) -> String? {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        defer { ts_wipe(buffer, capacity); buffer.deallocate() }
        let count = read(buffer, capacity)
        if count == -2 { throw TooLong() }
        guard count >= 0 else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: buffer, count: count), as: UTF8.self)
    }
}
