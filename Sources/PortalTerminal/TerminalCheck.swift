import Glibc

/// Refuses to start the UI where it cannot work, before the terminal is touched.
public enum TerminalCheck {
    public static func ensureInteractive(environment: [String: String]) throws {
        guard isatty(STDIN_FILENO) == 1 else {
            throw TerminalError.notATerminal("standard input is not a terminal; run pio in a terminal, or use a script command such as `pio services` (see `pio --help`)")
        }
        guard isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError.notATerminal("standard output is not a terminal; use a script command such as `pio services --json` to write to a file or pipe")
        }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else {
            throw TerminalError.notATerminal("TERM is \(term.isEmpty ? "not set" : "\"dumb\""); pio needs a full-screen terminal (e.g. TERM=xterm-256color)")
        }
    }
}
