import ArgumentParser
import CMemory
import FoundationEssentials
import Glibc

@main
struct PioCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pio",
        abstract: "A terminal client portal for PIO Hosting's client area (pio \(PioVersion.number)).",
        discussion: "Without a command, pio opens the interactive portal. Exit codes: 0 success, 1 order not confirmed, 2 usage, "
            + "3 authentication, 4 network, 5 server error, 6 a write sent without an answer (it may have been applied), "
            + "128+N ended by signal N. Shell completion (profile names; service and invoice ids once `pio services` and "
            + "`pio invoices` have listed them): pio --generate-completion-script bash|zsh|fish.",
        version: PioVersion.number,
        subcommands: [InteractiveCommand.self] + scriptCommands + sessionCommands + [VersionCommand.self],
        defaultSubcommand: InteractiveCommand.self
    )

    /// ArgumentParser's own usage errors exit 64; pio documents 2 for every usage error.
    static func main() async {
        ProcessSetup.start()
        cmemory_use_one_arena()
        do {
            var command = try parseAsRoot(JSONArguments.rewritten(Array(CommandLine.arguments.dropFirst())))
            PioVersion.logStart()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardError.write(fullMessage(for: error) + "\n")
                Glibc.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}
