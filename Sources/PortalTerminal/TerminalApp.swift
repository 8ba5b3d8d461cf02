import CNcurses
import CTermSupport
import Glibc
import PortalStore
import PortalUI

/// The UI thread: blocks in poll() on the terminal and the mailbox's wake pipe, feeds keys and
/// background results through the reducer, and draws only when the state changed.
public final class TerminalApp {
    private var state: AppState
    private let keymap: Keymap
    private let options: TerminalOptions
    private let mailbox: Mailbox<Action>
    private let perform: ([Effect]) -> Void
    private var quitRequested = false
    /// Bytes for the terminal itself (OSC 52), written after the next frame.
    private var pendingOutput: [UInt8] = []
    /// Holds a mouse report that one read delivered only in part.
    private var mouseReader = MouseReportReader()
    private let tickInterval: Duration = .milliseconds(100)

    public init(state: AppState, keymap: Keymap = .default, options: TerminalOptions,
                mailbox: Mailbox<Action>, perform: @escaping ([Effect]) -> Void) {
        self.state = state
        self.keymap = keymap
        self.options = options
        self.mailbox = mailbox
        self.perform = perform
    }

    /// Runs until quit or a terminating signal; returns the process exit code. The terminal is
    /// restored before this returns or throws.
    public func run() throws -> Int32 {
        _ = ts_ignore_sigpipe()
        let screen = try Screen(options: options)
        defer { screen.close() }
        _ = ts_install_wake_signals(mailbox.writeFD)
        _ = ts_install_crash_restore()
        return loop(screen)
    }

    private func loop(_ screen: Screen) -> Int32 {
        dispatch(.resized(width: screen.size.width, height: screen.size.height))
        dispatch(.start)
        var drawn: AppState? = nil
        var lastTick = ContinuousClock.now
        let clock = ContinuousClock()

        while !quitRequested {
            if drawn != state {
                draw(screen)
                drawn = state
            }
            if !pendingOutput.isEmpty {
                screen.send(pendingOutput)
                pendingOutput = []
            }
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: mailbox.readFD, events: Int16(POLLIN), revents: 0)]
            let timeout: Int32 = state.wantsTicks ? pollTimeout(since: lastTick, clock: clock) : -1
            if poll(&fds, 2, timeout) < 0 && errno != EINTR { return 1 }

            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return 128 + SIGHUP }
            for signal in mailbox.drainWakeBytes() {
                switch signal {
                case SIGINT, SIGTERM, SIGHUP, SIGQUIT: return 128 + signal
                case SIGTSTP:
                    screen.suspend()
                    drawn = nil
                case SIGCONT:
                    screen.invalidate()
                    drawn = nil
                default: break
                }
            }
            for action in mailbox.takeAll() { dispatch(action) }
            if readKeys(screen) { drawn = nil }
            if state.wantsTicks, clock.now - lastTick >= tickInterval {
                lastTick = clock.now
                dispatch(.tick)
            }
        }
        if !pendingOutput.isEmpty { screen.send(pendingOutput) }   // `y p q` typed in one burst still copies
        return 0
    }

    /// Reads every pending key; returns true when the screen must be redrawn in full.
    private func readKeys(_ screen: Screen) -> Bool {
        var repaint = false
        var code: wint_t = 0
        var read: [(status: Int32, code: UInt32)] = []
        while case let status = get_wch(&code), status != ERR {
            read.append((status, UInt32(code)))
        }
        let events: [InputEvent] = mouseReader.read(read, unit: { KeyDecoder.mouseUnit(status: $0.status, code: $0.code) }).map {
            switch $0 {
            case .input(let got): return KeyDecoder.decode(status: got.status, code: got.code)
            case .mouse(let event): return .mouse(event)
            }
        }
        for event in KeyDecoder.combiningAlt(events) {
            switch event {
            case .key(let typed):
                for key in keymap.keys(for: typed, in: state) where !quitRequested {
                    if let action = keymap.action(for: key, in: state) { dispatch(action) }
                }
            case .resize:
                dispatch(.resized(width: screen.size.width, height: screen.size.height))
                repaint = true
            case .repaint:
                screen.invalidate()
                repaint = true
            case .mouse(let event) where options.mouse:
                for action in mouseActions(for: event, in: state, keymap: keymap) where !quitRequested { dispatch(action) }
            case .mouse, .ignored:
                break
            }
            if quitRequested { break }
        }
        return repaint
    }

    private func pollTimeout(since lastTick: ContinuousClock.Instant, clock: ContinuousClock) -> Int32 {
        let remaining = tickInterval - (clock.now - lastTick)
        let ms = remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000
        return Int32(max(0, min(ms, 100)))
    }

    private func dispatch(_ action: Action) {
        let effects = reduce(&state, action)
        var rest: [Effect] = []
        for effect in effects {
            switch effect {
            case .quit: quitRequested = true
            case .copyToClipboard(_, let text) where options.clipboard: pendingOutput += ClipboardSequence.bytes(for: text)
            case .copyToClipboard: break
            default: rest.append(effect)
            }
        }
        if !rest.isEmpty { perform(rest) }
    }

    private func draw(_ screen: Screen) {
        screen.canvas.beginFrame()
        PortalUI.render(state, into: screen.canvas, keymap: keymap)
        screen.flush()
    }
}
