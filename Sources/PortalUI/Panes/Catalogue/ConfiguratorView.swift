import PortalAPI
import PortalStore

/// The configurator: fields with their controls (scrolling), the focused field's description,
/// and the live estimate — beside the fields from 120 columns, after them (and in one footer line)
/// on narrower terminals.
enum ConfiguratorView {
    static let wideWidth = 120
    static let summaryWidth = 46

    static func draw(_ pane: ConfiguratorPane, money: AmountStyle, in rect: Rect, on canvas: any Canvas) {
        guard let model = pane.model else {
            let text: String
            if let error = pane.configuration.errorMessage { text = "Could not load the product (r retries): \(error)" }
            else { text = "Loading the product's options…" }
            canvas.put(row: rect.row + 1, col: rect.col + 2, text, width: rect.width - 4,
                       style: Style(pane.configuration.errorMessage == nil ? .dim : .error))
            return
        }
        let title = "Configure \(model.product.name.value)" + (model.product.categoryName.isEmpty ? "" : " · \(model.product.categoryName.value)")
        canvas.put(row: rect.row, col: rect.col + 1, title, width: rect.width - 2, style: Style(.accent, bold: true))
        let fields = ConfiguratorLines.build(pane, model, money: money)
        let summary = PriceSummaryLines.build(model.priceSummary, money: money)
        let description = describe(pane, model)
        let narrowDescription = TextWrap.lines(description, width: rect.width - 3)
        let labelWidth = min(24, max(12, (fields.map { TextWidth.of($0.label) }.max() ?? 12)))
        if rect.width >= wideWidth {
            // The price sits next to the fields, not at the far edge of a very wide terminal.
            let left = Rect(row: rect.row + 1, col: rect.col, width: min(90, rect.width - summaryWidth - 2), height: rect.height - 1)
            drawScrolling(fields, focus: pane.focus, last: model.visibleKeys.last, in: left, labelWidth: labelWidth, on: canvas)
            let right = Rect(row: rect.row + 1, col: left.right + 1, width: summaryWidth, height: rect.height - 1)
            drawSide(summary, description: TextWrap.lines(description, width: summaryWidth - 2), in: right, on: canvas)
            return
        }
        let descRows = min(2, narrowDescription.count)
        let foot = rect.bottom - 1
        let body = Rect(row: rect.row + 1, col: rect.col, width: rect.width, height: max(1, rect.height - 2 - descRows))
        let content = fields + [FormLine()] + summary.map { line in
            FormLine(control: .segments([.text(line.label, line.style)]))
        }
        drawScrolling(content, focus: pane.focus, last: model.visibleKeys.last, in: body, labelWidth: labelWidth, on: canvas,
                      summary: summary, summaryStart: fields.count + 1)
        for (i, text) in narrowDescription.prefix(descRows).enumerated() {
            canvas.put(row: body.bottom + i, col: rect.col + 2, text, width: rect.width - 3, style: Style(.dim))
        }
        canvas.put(row: foot, col: rect.col + 1, PriceSummaryLines.footer(model.priceSummary, money: money), width: rect.width - 2,
                   style: Style(.accent, bold: true))
    }

    /// Keeps the focused field's lines on screen; on the last field the view runs to the end,
    /// so the estimate after the fields can be read.
    static func drawScrolling(_ lines: [FormLine], focus: FieldKey?, last: FieldKey?, in rect: Rect, labelWidth: Int,
                              on canvas: any Canvas, summary: [PriceSummaryLines.Line] = [], summaryStart: Int = .max) {
        let room = rect.height
        let firstOfFocus = lines.firstIndex { $0.key == focus && focus != nil } ?? 0
        let lastOfFocus = lines.lastIndex { $0.key == focus && focus != nil } ?? 0
        var top = max(0, lastOfFocus - room + 1)
        if focus == last { top = max(top, lines.count - room) }
        top = min(top, firstOfFocus)
        top = max(0, min(top, max(0, lines.count - room)))
        for (offset, index) in (top..<min(lines.count, top + room)).enumerated() {
            let row = rect.row + offset
            if index >= summaryStart {
                PriceSummaryLines.draw(summary[index - summaryStart], row: row, col: rect.col + 2, width: min(60, rect.width - 4), on: canvas)
            } else {
                lines[index].draw(row: row, col: rect.col + 1, width: rect.width - 2, labelWidth: labelWidth, on: canvas)
            }
        }
        if top > 0 { canvas.put(row: rect.row, col: rect.right - 2, "↑", style: Style(.dim)) }
        if top + room < lines.count { canvas.put(row: rect.bottom - 1, col: rect.right - 2, "↓", style: Style(.dim)) }
    }

    static func drawSide(_ summary: [PriceSummaryLines.Line], description: [String], in rect: Rect, on canvas: any Canvas) {
        let boxHeight = min(rect.height, summary.count + 2)
        let box = Rect(row: rect.row, col: rect.col, width: rect.width, height: boxHeight)
        Box(title: "Price").draw(in: box, on: canvas)
        for (i, line) in summary.prefix(boxHeight - 2).enumerated() {
            PriceSummaryLines.draw(line, row: box.row + 1 + i, col: box.col + 2, width: box.width - 4, on: canvas)
        }
        var row = box.bottom + 1
        for text in description where row < rect.bottom {
            canvas.put(row: row, col: rect.col + 1, text, width: rect.width - 2, style: Style(.dim))
            row += 1
        }
    }

    /// The focused field's description (and how to change it), wrapped.
    static func describe(_ pane: ConfiguratorPane, _ model: Configurator) -> String {
        var text = ""
        switch pane.focus {
        case .cycle: text = "How often \(model.product.name.value) is billed. ← → change it."
        case .domain: text = "The domain this product is for." + (model.domainRequired ? " Required." : "")
        case .addon(let id), .subproduct(let id):
            let extra = (model.addons + model.subproducts).first { $0.id == id }
            text = [extra?.addon.description.value ?? "", "Space adds it, ← → choose its cycle."].filter { !$0.isEmpty }.joined(separator: " ")
        case .form(let id):
            guard let f = model.field(id) else { break }
            text = [f.form.description.value, howTo(f)].filter { !$0.isEmpty }.joined(separator: " ")
        case nil: break
        }
        return text
    }

    static func howTo(_ f: ConfiguratorField) -> String {
        switch f.value {
        case .pickOne: return f.form.kind == .searchSelect ? "Type to search, ← → choose among the matches." : "← → choose."
        case .toggles: return f.form.items.count > 1 ? "← → move, Space ticks." : "Space ticks."
        case .quantity: return "+ - or ← → change it."
        case .pickOneWithQuantity: return "← → choose, + - how many."
        case .text: return f.form.kind == .datePicker ? "Type a date as YYYY-MM-DD." : "Type to edit; Ctrl-U clears."
        case .serverDefault: return "The server's default applies."
        }
    }
}
