import CNcurses
import CTermSupport
import Glibc
import PortalUI

/// Owns ncurses from newterm() to endwin(): modes, colours, stderr redirection, suspend and resume.
final class Screen {
    private let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let canvas: CursesCanvas
    private var savedStderr: Int32 = -1
    private var closed = false
    private let mouse: Bool

    init(options: TerminalOptions) throws {
        setlocale(LC_ALL, "")
        let codeset = String(cString: cn_codeset()).uppercased()
        let utf8 = codeset == "UTF-8" || codeset == "UTF8"

        guard ts_save_tty(STDIN_FILENO) == 0 else { throw TerminalError.setupFailed("cannot read the terminal settings") }
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r") else {
            throw TerminalError.setupFailed("cannot open the terminal streams")
        }
        guard let screen = newterm(nil, output, input) else {
            let term = options.environment["TERM"] ?? ""
            throw TerminalError.setupFailed("the terminal type \"\(term)\" is unknown to ncurses; try TERM=xterm-256color")
        }
        _ = set_term(screen)
        guard let window = cn_stdscr() else {
            endwin()
            delscreen(screen)
            throw TerminalError.setupFailed("ncurses has no screen")
        }
        self.screen = screen
        self.window = window

        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        KeySequences.install()
        KeySequences.installMousePrefixes()
        nodelay(window, true)
        if options.environment["ESCDELAY"] == nil { set_escdelay(25) }
        curs_set(0)

        var colors = false
        if options.colors && has_colors() {
            start_color()
            use_default_colors()
            colors = true
        }
        canvas = CursesCanvas(window: window, palette: Palette(colors: colors), asciiOnly: !utf8)
        mouse = options.mouse
        redirectStderr(to: options.logPath)
        reportMouse(true)
    }

    /// Sends the frame drawn into the canvas: one doupdate().
    func flush() {
        if let c = canvas.cursor, c.row >= 0, c.row < canvas.height, c.col >= 0, c.col < canvas.width {
            leaveok(window, false)
            curs_set(1)
            wmove(window, Int32(c.row), Int32(c.col))
        } else {
            // No visible cursor: ncurses may leave it wherever the last change was, which saves
            // the cursor move (and the attribute reset) it would otherwise send with every frame.
            leaveok(window, true)
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Writes bytes for the terminal itself (a clipboard sequence) after the frame ncurses sent.
    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            offset += n
        }
    }

    /// The next flush redraws every cell (Ctrl-L, resume).
    func invalidate() {
        clearok(window, true)
    }

    var size: (width: Int, height: Int) { (canvas.width, canvas.height) }

    /// Ctrl-Z: give the terminal back, stop, and take it again on `fg`.
    func suspend() {
        reportMouse(false)
        endwin()
        ts_suspend_self()
        reportMouse(true)
        invalidate()
    }

    func close() {
        guard !closed else { return }
        closed = true
        reportMouse(false)
        endwin()
        delscreen(screen)
        ts_restore_tty()
        restoreStderr()
    }

    /// xterm's SGR mouse reports (not ncurses' `mousemask`, which picks the protocol by terminfo
    /// and parses the reports itself); the crash handler knows to turn them off.
    private func reportMouse(_ on: Bool) {
        guard mouse else { return }
        if !on { ts_set_mouse_reporting(0) }
        send(Array((on ? SGRMouse.enable : SGRMouse.disable).utf8))
        if on { ts_set_mouse_reporting(1) }
    }

    private func redirectStderr(to path: String?) {
        guard let path else { return }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return }
        savedStderr = dup(STDERR_FILENO)
        dup2(fd, STDERR_FILENO)
        Glibc.close(fd)
        ts_set_crash_note("pio stopped unexpectedly; details are in \(path)\r\n")
    }

    private func restoreStderr() {
        guard savedStderr >= 0 else { return }
        dup2(savedStderr, STDERR_FILENO)
        Glibc.close(savedStderr)
        savedStderr = -1
        ts_set_crash_note("")
    }
}
