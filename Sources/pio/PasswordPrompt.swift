import Glibc
import PortalTerminal

/// The password typed at the terminal (no echo; Ctrl-C cancels with 130 and sends nothing) or
/// piped with `--password-stdin`, read through a buffer that is wiped at once. What Swift keeps
/// after that (the `String` the client holds and the request body it encodes) is freed, not
/// wiped; the process is not dumpable, so neither a core file nor another process sees it.
enum PasswordPrompt {
    /// Nil when standard input is not a terminal, or at Ctrl-D.
    static func ask(for user: String) -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return nil }
        do { return try SecretInput.ask("Password for \(user): ") } catch { tooLong() }
    }

    /// The first line of standard input.
    static func fromStandardInput() -> String? {
        do { return try SecretInput.line(from: STDIN_FILENO) } catch { tooLong() }
    }

    private static func tooLong() -> Never {
        CommandFailure(code: ExitStatus.usage, message: "the password is longer than \(SecretInput.maximumLength) bytes").exit()
    }
}
