import CNcurses
import PortalUI

/// What one get_wch() result means to the loop.
enum InputEvent: Equatable {
    case key(Key)
    case resize
    case repaint     // Ctrl-L
    case mouse(MouseEvent)
    case ignored
}

enum KeyDecoder {
    static func decode(status: Int32, code: UInt32) -> InputEvent {
        if status == KEY_CODE_YES { return functionKey(Int32(code)) }
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 12: return .repaint
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26:
            guard let scalar = Unicode.Scalar(code + 96) else { return .ignored }
            return .key(.ctrl(Character(scalar)))
        case 0..<32, 0x7F...0x9F: return .ignored
        default:
            guard let scalar = Unicode.Scalar(code) else { return .ignored }
            return .key(.char(Character(scalar)))
        }
    }

    /// What one get_wch() result is to `MouseReportReader`.
    static func mouseUnit(status: Int32, code: UInt32) -> MouseReportReader.Unit {
        guard status == KEY_CODE_YES else { return .character(code) }
        switch Int32(code) {
        case KeySequences.sgrMousePrefix: return .sgrPrefix
        case KeySequences.x10MousePrefix: return .x10Prefix
        default: return .key
        }
    }

    /// An Esc that ncurses returned alone and that arrived together with a printable key is how
    /// terminals send Alt/Meta + that key: one `.alt` key, not Esc (back) and then the key.
    static func combiningAlt(_ events: [InputEvent]) -> [InputEvent] {
        var out: [InputEvent] = []
        var i = 0
        while i < events.count {
            if events[i] == .key(.escape), i + 1 < events.count, case .key(.char(let c)) = events[i + 1] {
                out.append(.key(.alt(c)))
                i += 2
            } else {
                out.append(events[i])
                i += 1
            }
        }
        return out
    }

    private static func functionKey(_ code: Int32) -> InputEvent {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case cn_key_f(1)...cn_key_f(24): return .key(.function(Int(code - cn_key_f(0))))
        default: return .ignored
        }
    }
}
