/// Takes mouse reports out of what the terminal sends, read by read: a report whose start is one
/// key code (ncurses, after `define_key`) and whose rest arrives as plain characters, maybe in a
/// later read. What is not part of a report passes through in order. A report is taken whole or
/// dropped whole: its digits and `;` never reach the keymap (`1` switches sections).
public struct MouseReportReader: Sendable {
    /// One result of the terminal's read as the reader needs to know it.
    public enum Unit: Equatable, Sendable {
        /// `ESC [ <`, the start of an SGR (1006) report.
        case sgrPrefix
        /// `ESC [ M`, the start of an X10 report (a terminal that ignores 1006): three bytes follow.
        case x10Prefix
        /// A plain character code.
        case character(UInt32)
        /// Any other key code.
        case key
    }

    public enum Output<Input> {
        case input(Input)
        case mouse(MouseEvent)
    }

    private enum Pending: Sendable {
        /// An SGR report's body so far; `broken` once it holds too much to be one.
        case sgr(body: String, broken: Bool)
        /// Bytes of an X10 report still to drop.
        case x10(remaining: Int)
    }

    private var pending: Pending?
    /// Longer than any report ("95;99999;99999" is 14).
    private static let maxBody = 16

    public init() {}

    /// True while a report has started and not ended (its rest is due in a later read).
    public var isInsideReport: Bool { pending != nil }

    /// The reports in one read's inputs, and every other input in order.
    public mutating func read<Input>(_ inputs: [Input], unit: (Input) -> Unit) -> [Output<Input>] {
        var out: [Output<Input>] = []
        let units = inputs.map(unit)
        var i = 0
        while i < units.count {
            if consumedByPending(units[i], into: &out) {
                i += 1
                continue
            }
            switch units[i] {
            case .sgrPrefix:
                pending = .sgr(body: "", broken: false)
            case .x10Prefix:
                pending = .x10(remaining: 3)
            case .character(0x1B) where i + 2 < units.count && units[i + 1] == .character(0x5B):
                // ESC [ < or ESC [ M that ncurses gave as three characters (they came apart on the line).
                if units[i + 2] == .character(0x3C) {
                    pending = .sgr(body: "", broken: false)
                    i += 2
                } else if units[i + 2] == .character(0x4D) {
                    pending = .x10(remaining: 3)
                    i += 2
                } else {
                    out.append(.input(inputs[i]))
                }
            default:
                out.append(.input(inputs[i]))
            }
            i += 1
        }
        return out
    }

    /// Feeds `unit` to a report under way; false when there is none or `unit` ends a malformed one
    /// (which is then dropped and `unit` read as usual).
    private mutating func consumedByPending<Input>(_ unit: Unit, into out: inout [Output<Input>]) -> Bool {
        switch pending {
        case nil:
            return false
        case .x10(let remaining):
            pending = remaining > 1 ? .x10(remaining: remaining - 1) : nil
            return true
        case .sgr(let body, let broken):
            guard case .character(let code) = unit, let scalar = Unicode.Scalar(code) else {
                pending = nil
                return false
            }
            switch scalar {
            case "0"..."9", ";":
                let full = broken || body.count >= Self.maxBody
                pending = .sgr(body: full ? body : body + String(scalar), broken: full)
                return true
            case "M", "m":
                pending = nil
                if !broken, let event = SGRMouse.parse(body + String(scalar)) { out.append(.mouse(event)) }
                return true
            default:
                pending = nil
                return false
            }
        }
    }
}

extension MouseReportReader.Output: Equatable where Input: Equatable {}
