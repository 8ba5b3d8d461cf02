import CNcurses
import PortalUI

/// Teaches ncurses both forms of the navigation keys. With `keypad` on, ncurses asks the terminal
/// for the "application" form (`ESC O A`) and knows only what terminfo lists; many terminals (and
/// tmux, screen, mosh, serial consoles) send the "normal" form (`ESC [ A`) anyway, or other
/// variants for Home/End. Registering every common form makes them one key each, as htop does.
enum KeySequences {
    static let navigation: [(String, Int32)] = [
        ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
        ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
        ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
        ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE), ("\u{1B}[3~", KEY_DC), ("\u{1B}[2~", KEY_IC),
        ("\u{1B}[Z", KEY_BTAB),
    ]

    /// Registers the sequences that the terminal's terminfo entry does not already bind.
    static func install() {
        for (sequence, code) in navigation where key_defined(sequence) == 0 {
            _ = define_key(sequence, code)
        }
    }
}

extension KeySequences {
    /// Key codes of pio's own above ncurses' range, for the starts of mouse reports.
    static let sgrMousePrefix = KEY_MAX + 1
    static let x10MousePrefix = KEY_MAX + 2

    /// Makes the start of a mouse report one key code whatever the terminfo entry says: xterm's
    /// binds `ESC [ <` to KEY_MOUSE, tmux's and screen's bind `ESC [ M` instead and leave `ESC [ <`
    /// to arrive as Esc, `[`, `<`. The rest of a report then arrives as plain characters, which
    /// `MouseReportReader` takes. A sequence terminfo binds to another key is left alone.
    static func installMousePrefixes() {
        for (sequence, code) in [(SGRMouse.prefix, sgrMousePrefix), ("\u{1B}[M", x10MousePrefix)] {
            let bound = key_defined(sequence)
            guard bound == 0 || bound == KEY_MOUSE else { continue }
            if bound != 0 { _ = define_key(sequence, 0) }
            _ = define_key(sequence, code)
        }
    }
}
