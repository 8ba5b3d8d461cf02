/// Decodes xterm's SGR mouse reports: `ESC [ < Cb ; Cx ; Cy M` (press, wheel, drag) or `… m`
/// (release). Cx and Cy count from 1; Cb carries the button in bits 0–1 and 6–7 and the
/// modifiers in bits 2 (Shift), 3 (Alt/Meta) and 4 (Ctrl); bit 5 marks motion.
public enum SGRMouse {
    /// The bytes that start a report, after which `parse` reads the rest.
    public static let prefix = "\u{1B}[<"

    /// Turns the reports on (button presses and releases, wheel, SGR coordinates) and off again.
    public static let enable = "\u{1B}[?1000h\u{1B}[?1006h"
    public static let disable = "\u{1B}[?1006l\u{1B}[?1000l"

    /// The part after `ESC [ <`, final `M` or `m` included ("0;12;5M"). Nil when it is not a
    /// well-formed report (numbers out of range, a missing field, another final byte).
    public static func parse(_ body: Substring) -> MouseEvent? {
        guard let final = body.last, final == "M" || final == "m" else { return nil }
        let fields = body.dropLast().split(separator: ";", omittingEmptySubsequences: false)
        guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty && $0.count <= 5 && $0.allSatisfy({ $0 >= "0" && $0 <= "9" }) }),
              let code = Int(fields[0]), let x = Int(fields[1]), let y = Int(fields[2]),
              code >= 0, x >= 1, y >= 1 else { return nil }
        let button = (code & 0b11) | ((code >> 6) << 2)
        let motion = code & 32 != 0
        let kind: MouseEvent.Kind
        switch button {
        case 0, 1, 2:
            if motion { kind = .drag(button: button) } else { kind = final == "M" ? .press(button: button) : .release(button: button) }
        case 3:
            guard final == "m" || !motion else { return nil }   // motion with no button held
            kind = .release(button: 3)
        case 4: kind = .wheelUp
        case 5: kind = .wheelDown
        default: return nil   // wheel left/right and extra buttons: nothing pio does with them
        }
        return MouseEvent(kind, row: y - 1, col: x - 1, shift: code & 4 != 0, alt: code & 8 != 0, ctrl: code & 16 != 0)
    }

    public static func parse(_ body: String) -> MouseEvent? { parse(body[...]) }
}
