import PortalAPI
import PortalStore

/// The one view of the confirm dialog (`ConfirmDialog`): a box in the dialog's tone titled by it,
/// the rows its flow lays out (lines, fields, a status line) and the buttons "No" and the
/// destructive one, the focused one bracketed. On a short terminal the spacers go first.
struct ConfirmDialogView<Form: DialogForm> {
    enum Row {
        /// An empty row dropped first when the terminal is short.
        case spacer
        /// An empty row that always stays.
        case blank
        case text(String, Style)
        /// A label (accent when focused) and what the flow draws at (row, col, width) after it; a
        /// click on the row focuses the form's field `focuses`, if it names one.
        case field(String, focused: Bool, focuses: Form.Field? = nil, draw: (_ row: Int, _ col: Int, _ width: Int) -> Void)
        /// The buttons, with a hint at the left when there is room.
        case buttons(hint: String?)
    }

    var dialog: ConfirmDialog<Form>
    var width: Int
    var labelWidth = 9
    var rows: [Row]

    /// The space a field's widget gets beside its label in a dialog `width` wide on `canvas`.
    static func inner(width: Int, on canvas: any Canvas) -> Int { min(width, canvas.width) - 2 }

    func draw(on canvas: any Canvas) {
        let area = Rect(row: 1, col: 0, width: canvas.width, height: canvas.height - 2)
        let shown = rows.count + 2 <= area.height ? rows : rows.filter { if case .spacer = $0 { return false }; return true }
        let rect = area.centered(width: width, height: shown.count + 2)
        canvas.addTarget(.blocks, in: canvas.bounds)
        Box(title: dialog.title, style: Style(Self.role(dialog.tone))).draw(in: rect, on: canvas)
        let inner = rect.inset(by: 1)
        for (offset, line) in shown.enumerated() {
            let row = inner.row + offset
            switch line {
            case .spacer, .blank:
                break
            case .text(let text, let style):
                canvas.put(row: row, col: inner.col + 1, text, width: inner.width - 2, style: style)
            case .field(let label, let focused, let focuses, let drawValue):
                if let focuses, let index = Array(Form.Field.allCases).firstIndex(of: focuses) {
                    canvas.addTarget(.dialogField(index), in: Rect(row: row, col: inner.col, width: inner.width, height: 1))
                }
                canvas.put(row: row, col: inner.col + 1, TextWidth.fit(label, to: labelWidth), style: Style(focused ? .accent : .dim))
                drawValue(row, inner.col + 1 + labelWidth, inner.width - labelWidth - 2)
            case .buttons(let hint):
                let focused: Int? = switch dialog.focus { case .no: 0; case .yes: 1; case .field: nil }
                let buttons = ButtonsView(["No", dialog.yesLabel], focused: focused)
                if let hint, inner.width - buttons.width > TextWidth.of(hint) + 2 {
                    canvas.put(row: row, col: inner.col + 1, hint, style: Style(.dim))
                }
                buttons.draw(row: row, col: inner.col, width: inner.width - 1, targets: [.button(.no), .button(.yes)], on: canvas)
            }
        }
    }

    /// The dialog's lines as text rows.
    static func lines(_ dialog: ConfirmDialog<Form>) -> [Row] {
        dialog.lines.map { line in
            switch line.emphasis {
            case .normal: return .text(line.text, .normal)
            case .strong: return .text(line.text, Style(.normal, bold: true))
            case .dim: return .text(line.text, Style(.dim))
            }
        }
    }

    static func role(_ tone: DialogTone) -> StyleRole {
        switch tone {
        case .danger: return .danger
        case .warning: return .warning
        case .accent: return .accent
        }
    }
}

/// The yes-or-no dialogs (send an upgrade, place an order): their lines, a blank, the question
/// (what is happening while it is sent) and the buttons.
enum YesNoDialogView {
    static func draw(_ dialog: YesNoDialog, width: Int, question: String, sendingText: String, on canvas: any Canvas) {
        var rows = ConfirmDialogView<NoForm>.lines(dialog)
        while rows.count < 2 { rows.append(.blank) }
        rows += [.blank, .text(dialog.sending ? sendingText : question, Style(dialog.sending ? .dim : .normal)),
                 .buttons(hint: nil), .blank]
        ConfirmDialogView(dialog: dialog, width: width, rows: rows).draw(on: canvas)
    }
}
