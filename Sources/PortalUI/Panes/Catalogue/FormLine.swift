import PortalAPI
import PortalStore

/// One screen line of the configurator: a field's label and control, an item of a multi-item
/// field, an error under a field, or a line of the price summary.
struct FormLine {
    /// A part of a line of controls, drawn by its widget.
    enum Segment {
        case text(String, Style)
        case select(SelectView)
        case toggle(ToggleView)

        /// Draws in at most `room` columns; returns the columns used.
        func draw(row: Int, col: Int, room: Int, on canvas: any Canvas) -> Int {
            switch self {
            case .text(let text, let style): return canvas.putInline(row: row, col: col, text, room: room, style: style)
            case .select(let view): return view.draw(row: row, col: col, room: room, on: canvas)
            case .toggle(let view): return view.draw(row: row, col: col, room: room, on: canvas)
            }
        }
    }

    enum Control {
        case segments([Segment])
        /// An editable line; `masked` draws bullets instead of the text.
        case text(TextFieldState, focused: Bool, placeholder: String, masked: Bool)
    }

    var key: FieldKey?
    /// The first line of the focused field carries the focus marker.
    var marker = false
    var label = ""
    var labelStyle = Style.normal
    var control: Control = .segments([])
    /// A note across the whole line rather than in the control column.
    var spansLabel = false
    /// The item whose tick box this line's toggle is (a click on it ticks or unticks that item).
    var tickBox: Int?

    /// The line with its text field drawn as not being typed in (no cursor; the placeholder shows).
    var notTyping: FormLine {
        guard case .text(let field, _, let placeholder, let masked) = control else { return self }
        var line = self
        line.control = .text(field, focused: false, placeholder: placeholder, masked: masked)
        return line
    }

    static func note(_ text: String, _ style: Style, key: FieldKey? = nil) -> FormLine {
        FormLine(key: key, control: .segments([.text(text, style)]))
    }

    func draw(row: Int, col: Int, width: Int, labelWidth: Int, on canvas: any Canvas) {
        guard width > 4 else { return }
        if let key { canvas.addTarget(.field(key, tickBox: nil), in: Rect(row: row, col: col, width: width, height: 1)) }
        if marker { canvas.put(row: row, col: col, ">", style: Style(.accent, bold: true)) }
        canvas.put(row: row, col: col + 2, label, width: min(labelWidth, width - 2), style: labelStyle)
        var x = spansLabel ? col + 2 : col + 2 + labelWidth + 1
        let end = col + width
        switch control {
        case .segments(let parts):
            for part in parts where x < end {
                let used = part.draw(row: row, col: x, room: end - x, on: canvas)
                if case .toggle = part, let key, let tickBox {
                    canvas.addTarget(.field(key, tickBox: tickBox), in: Rect(row: row, col: x, width: used, height: 1))
                }
                // A choice drawn whole (its `›` not cut by the line's end) steps on its arrows.
                if case .select(let view) = part, let key, used == TextWidth.of("‹ " + view.value + " ›") {
                    SelectView.addArrows(row: row, col: x, used: used, focus: .clickField(key, tickBox: nil), on: canvas)
                }
                x += used
            }
        case .text(let field, let focused, let placeholder, let masked):
            var shown = field
            if masked { shown.text = String(repeating: "•", count: field.text.count) }
            TextFieldView(shown, focused: focused, placeholder: placeholder)
                .draw(row: row, col: x, width: min(40, end - x), on: canvas)
        }
    }
}
