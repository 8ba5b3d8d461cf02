import ArgumentParser
import FoundationEssentials
import Glibc
import PortalAPI
import PortalConfig
import PortalEffects
import PortalStore
import PortalTerminal
import PortalUI

struct InteractiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Open the interactive portal (the default when no command is given).",
        discussion: "A stored session (from `pio login` or an earlier run) is resumed without signing in again; otherwise the password comes from PIO_PASSWORD or a prompt. It is never accepted as an argument.")

    @OptionGroup var connection: ConnectionOptions

    @Flag(name: .long, help: "Draw without colours (also when NO_COLOR is set).")
    var noColor = false

    @Flag(name: .long, help: "Never copy to the terminal's clipboard: `y` is off (env: PIO_CLIPBOARD=0; config: clipboard: false).")
    var noClipboard = false

    @Flag(name: .long, help: "Leave the mouse to the terminal: clicks and the wheel do nothing in pio (env: PIO_MOUSE=0; config: mouse: false).")
    var noMouse = false

    func run() async throws {
        let env = connection.environment
        let settings: Settings
        let keymap: Keymap
        let connected: ConnectedClient?
        let logPath: String?
        do {
            try TerminalCheck.ensureInteractive(environment: env)
        } catch {
            CommandFailure(code: ExitStatus.usage, message: "\(error)").exit()
        }
        do {
            settings = try await connection.settings(extraFlags: offFlags)
            keymap = try KeymapSetup.keymap(settings)
            logPath = try StatePaths.logFile(settings.paths)
            connected = try await ClientFactory.open(settings, environment: env, password: nil, prompt: false)
        } catch {
            error.exit()
        }
        let mailbox = try Mailbox<Action>()
        let sessions = UISessions(settings: settings, environment: env)
        let runner = EffectRunner(client: connected?.client, sessions: sessions,
                                  post: { mailbox.post($0) })
        let colors = !noColor && (env["NO_COLOR"] ?? "").isEmpty && settings.theme.value == .color
        let options = TerminalOptions(colors: colors, logPath: logPath, environment: env, clipboard: settings.clipboard.value,
                                      mouse: settings.mouse.value)
        var initial = Self.initialState(settings, connected)
        initial.invoices.setToday(APIDate.today())
        initial.locale = settings.locale.value
        initial.clipboardEnabled = settings.clipboard.value
        initial.profiles = ProfilesState(active: settings.profile.value, known: (try? await sessions.profiles()) ?? [])
        let state = initial
        let outcome = await UIThread.run {
            try TerminalApp(state: state, keymap: keymap, options: options, mailbox: mailbox, perform: { effects in
                for effect in effects { runner.run(effect) }
            }).run()
        }
        runner.cancelAll()
        switch outcome {
        case .success(0):
            await runner.currentClient?.shutdown()
        case .success(let code):
            // Ended by a signal: leave at once (a dropped SSH link must not wait on the network).
            Glibc.exit(code)
        case .failure(let error):
            CommandFailure(code: 1, message: "\(error)").exit()
        }
    }

    /// The settings the --no-… flags turn off.
    var offFlags: [String: String] {
        var flags: [String: String] = [:]
        if noClipboard { flags["clipboard"] = "false" }
        if noMouse { flags["mouse"] = "false" }
        return flags
    }

    /// Signed in (a stored session, or PIO_USER with PIO_PASSWORD): the portal. Otherwise the
    /// sign-in form, prefilled from the settings.
    static func initialState(_ settings: Settings, _ connected: ConnectedClient?) -> AppState {
        var state = AppState(user: connected?.user ?? "")
        state.signIn = SignInState(url: connected?.url ?? settings.url.value, email: connected?.user ?? settings.user?.value ?? "", auth: settings.auth.value,
                                   presentation: connected == nil ? .screen : .hidden)
        return state
    }
}
