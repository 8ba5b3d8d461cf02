import ArgumentParser
import Foundation
import Glibc
import PortalAPI
import PortalEffects
import PortalStore
import PortalTerminal
import PortalUI

struct InteractiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Open the interactive portal (the default when no command is given).",
        discussion: "The password is read from PIO_PASSWORD; it is never accepted as an argument.")

    @OptionGroup var connection: ConnectionOptions

    @Flag(name: .long, help: "Draw without colours (also when NO_COLOR is set).")
    var noColor = false

    func run() async throws {
        let env = connection.environment
        do {
            try TerminalCheck.ensureInteractive(environment: env)
        } catch {
            FileHandle.standardError.write(Data("pio: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let account = try connection.account()
        let client = try connection.makeClient(account)
        let mailbox = try Mailbox<Action>()
        let runner = EffectRunner(client: client, post: { mailbox.post($0) })
        let options = TerminalOptions(colors: !noColor && env["NO_COLOR"].map(\.isEmpty) ?? true,
                                      logPath: StatePaths.logFile(environment: env),
                                      environment: env)
        let state = AppState(user: account.user)
        let outcome = await UIThread.run {
            try TerminalApp(state: state, options: options, mailbox: mailbox, perform: { effects in
                for effect in effects { runner.run(effect) }
            }).run()
        }
        runner.cancelAll()
        switch outcome {
        case .success(0):
            await client.shutdown()
        case .success(let code):
            // Ended by a signal: leave at once (a dropped SSH link must not wait on the network).
            Glibc.exit(code)
        case .failure(let error):
            FileHandle.standardError.write(Data("pio: \(error)\n".utf8))
            Glibc.exit(1)
        }
    }
}
