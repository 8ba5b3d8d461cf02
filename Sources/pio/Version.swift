import ArgumentParser
import FoundationEssentials

/// pio's version, written in this one place: `pio --version`, `pio version`, the `--help` overview,
/// the first `PIO_LOG=debug` line, and the names of the packages `make dist` writes (the Makefile
/// reads the line below).
enum PioVersion {
    static let number = "0.1.0"

    /// What bug reports need: the version and the machine it was built for.
    static var line: String { "pio \(number) (linux \(architecture))" }

    #if arch(x86_64)
    static let architecture = "x86_64"
    #elseif arch(arm64)
    static let architecture = "aarch64"
    #else
    static let architecture = "unknown"
    #endif

    /// `PIO_LOG=debug` starts with the version line, so a log pasted into a bug report carries it.
    static func logStart() {
        DebugLog(environment: ProcessInfo.processInfo.environment).write(line)
    }
}

/// `pio version`: what `pio --version` prints.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print pio's version.")

    func run() { print(PioVersion.number) }
}
