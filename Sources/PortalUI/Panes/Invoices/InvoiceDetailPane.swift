import PortalAPI
import PortalStore

/// One invoice: its document rows (see `InvoiceDocument`) scrolled, and what can be done with it.
struct InvoiceDetailPane {
    static func draw(_ state: AppState, in rect: Rect, on canvas: any Canvas) {
        guard let pane = state.invoices.detail else { return }
        canvas.addTarget(.scrolls, in: rect)   // the wheel scrolls the pane
        guard let invoice = pane.detail.value else {
            let title = state.invoices.summaries.value?.first { $0.id == pane.invoiceID }?.number.value ?? "#" + pane.invoiceID
            canvas.put(row: rect.row, col: rect.col + 1, "Invoice \(title)", width: rect.width - 1, style: Style(.accent, bold: true))
            if let error = pane.detail.errorMessage {
                canvas.put(row: rect.row + 2, col: rect.col + 2, "Could not load the invoice: \(error)", width: rect.width - 2,
                           style: Style(.error, bold: true))
                canvas.put(row: rect.row + 4, col: rect.col + 2, "Press r to try again.", width: rect.width - 2)
            } else {
                canvas.put(row: rect.row + 2, col: rect.col + 2, pane.detail.isLoading ? "Loading…" : "", width: rect.width - 2,
                           style: Style(.dim))
            }
            return
        }
        let doc = InvoiceDocument(invoice, width: rect.width, today: state.invoices.today, locale: state.locale)
        let room = max(1, rect.height - 1)
        let first = min(pane.scroll, max(0, doc.rows.count - room))
        if first > 0 { canvas.put(row: rect.row, col: rect.right - 2, "▲", style: Style(.dim)) }
        if first + room < doc.rows.count { canvas.put(row: rect.row + room - 1, col: rect.right - 2, "▼", style: Style(.dim)) }
        for (offset, row) in doc.rows.dropFirst(first).prefix(room).enumerated() {
            draw(row, doc, currency: Money.symbol(invoice.currency.value, locale: state.locale), row: rect.row + offset, in: rect, on: canvas)
        }
        drawActions(state, invoice, row: rect.bottom - 1, in: rect, on: canvas)
    }

    static func draw(_ row: InvoiceDocument.Row, _ doc: InvoiceDocument, currency: String, row y: Int, in rect: Rect,
                     on canvas: any Canvas) {
        let c = doc.columns
        let x = rect.col + InvoiceDocument.margin
        let width = min(InvoiceDocument.maxContentWidth, rect.width - 2 * InvoiceDocument.margin)
        let gap = InvoiceDocument.Columns.gap
        let quantityCol = x + c.description + gap
        let amountCol = quantityCol + c.quantity + gap
        let totalCol = (c.showsAmount ? amountCol + c.amount + gap : amountCol)
        func right(_ text: String, _ col: Int, _ w: Int, _ style: Style = .normal) {
            let cut = TextWidth.truncate(text, to: w)
            canvas.put(row: y, col: col + w - TextWidth.of(cut), cut, style: style)
        }
        switch row {
        case .title(let text):
            canvas.put(row: y, col: rect.col + 1, text, width: rect.width - 3, style: Style(.accent, bold: true))
        case .blank:
            break
        case .field(let field, let beside):
            let sideCol = beside == nil ? nil : doc.sideColumn.map { x + $0 }
            let room = (sideCol.map { $0 - 1 } ?? (x + width)) - x - InvoiceDocument.labelWidth
            drawField(field, row: y, col: x, valueWidth: room, on: canvas)
            if let beside, let sideCol {
                drawField(beside, row: y, col: sideCol, valueWidth: x + width - sideCol - InvoiceDocument.labelWidth, on: canvas)
            }
        case .itemsHeader:
            let header = Style(.header, bold: true)
            canvas.fill(row: y, col: x, count: width, style: header)
            canvas.put(row: y, col: x, TextWidth.fit("Description", to: c.description), style: header)
            right("Qty", quantityCol, c.quantity, header)
            if c.showsAmount { right("Amount", amountCol, c.amount, header) }
            right("Total", totalCol, c.lineTotal, header)
        case .item(let description, let quantity, let amount, let lineTotal):
            canvas.put(row: y, col: x, description, width: c.description)
            if let quantity { right(quantity, quantityCol, c.quantity) }
            if let amount { right(amount, amountCol, c.amount) }
            if let lineTotal { right(lineTotal, totalCol, c.lineTotal) }
        case .total(let label, let value, let strong):
            let style = Style(strong ? .normal : .dim, bold: strong)
            let labelWidth = min(12, max(0, totalCol - gap - x))
            right(label, totalCol - gap - labelWidth, labelWidth, style)
            right(value, totalCol, c.lineTotal, Style(.normal, bold: strong))
            if strong && !currency.isEmpty { canvas.put(row: y, col: totalCol + c.lineTotal + 1, currency, style: Style(.normal, bold: true)) }
        }
    }

    static func drawField(_ f: InvoiceDocument.Field, row: Int, col: Int, valueWidth: Int, on canvas: any Canvas) {
        canvas.put(row: row, col: col, TextWidth.fit(f.label, to: InvoiceDocument.labelWidth), style: Style(.dim))
        canvas.put(row: row, col: col + InvoiceDocument.labelWidth, f.value, width: valueWidth, style: style(f.emphasis))
    }

    static func style(_ e: InvoiceDocument.Emphasis) -> Style {
        switch e {
        case .normal: return .normal
        case .dim: return Style(.dim)
        case .unpaid: return Style(.warning, bold: true)
        case .overdue: return Style(.danger, bold: true)
        case .paid: return Style(.success)
        }
    }

    /// The bottom line: the credit that can be applied to an unpaid invoice.
    static func drawActions(_ state: AppState, _ invoice: InvoiceDetail, row: Int, in rect: Rect, on canvas: any Canvas) {
        guard invoice.isUnpaid else { return }
        let text: String
        if let balance = state.header.balance.value {
            let credit = state.money(balance.credit)
            text = balance.credit > 0 ? "a apply credit (\(credit) available)" : "No credit available to apply (\(credit))."
        } else {
            text = "a apply credit"
        }
        canvas.put(row: row, col: rect.col + 2, text, width: rect.width - 2, style: Style(.accent))
    }
}
