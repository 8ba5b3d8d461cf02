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
        discussion: "The password comes from PIO_PASSWORD or a prompt; it is never accepted as an argument.")

    @OptionGroup var connection: ConnectionOptions

    @Flag(name: .long, help: "Draw without colours (also when NO_COLOR is set).")
    var noColor = false

    func run() async throws {
        let env = connection.environment
        let client: PortalClient
        let user: String
        do {
            try TerminalCheck.ensureInteractive(environment: env)
            let configuration = try connection.configuration()
            user = configuration.username
            client = try connection.makeClient(configuration)
        } catch let failure as CommandFailure {
            failure.exit()
        } catch {
            CommandFailure(code: ExitStatus.usage, message: "\(error)").exit()
        }
        let mailbox = try Mailbox<Action>()
        let runner = EffectRunner(client: client, post: { mailbox.post($0) })
        let options = TerminalOptions(colors: !noColor && (env["NO_COLOR"] ?? "").isEmpty,
                                      logPath: StatePaths.logFile(environment: env),
                                      environment: env)
        var initial = AppState(user: user)
        initial.invoices.today = APIDate.today()
        let state = initial
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
            CommandFailure(code: 1, message: "\(error)").exit()
        }
    }
}
