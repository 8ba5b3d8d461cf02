import PortalAPI
import PortalStore

/// The invoices list: only the rows on screen are formatted; a footer counts them and totals the unpaid (InvoicesFooter).
struct InvoicesPane {
    static let table = Table(columns: [
        TableColumn("Number", width: 9, dropOrder: 0),
        TableColumn("Date", width: 10, dropOrder: 5),
        TableColumn("Due", width: 10, dropOrder: 4),
        TableColumn("Total", width: 8, alignment: .right, dropOrder: 2),
        TableColumn("Cur", width: 3, dropOrder: 3),
        TableColumn("Status", width: 11, dropOrder: 1),
        TableColumn("Paid", width: 10, dropOrder: 6),
    ])

    static func cells(_ i: InvoiceSummary, overdue: Bool, locale: MoneyLocale) -> [TableCell] {
        [TableCell(i.number.value), TableCell(i.date?.dateString ?? "—"),
         TableCell(i.dueDate?.dateString ?? "—", style: overdue ? Style(.danger, bold: true) : nil),
         TableCell(Money.text(i.total, currency: i.currency.value, locale: locale, withCurrency: false)), TableCell(i.currency.value),
         i.status.cell(overdue: overdue), TableCell(i.paidDate?.dateString ?? "—")]
    }

    static func sortColumn(_ sort: ListOrder<InvoiceSort>) -> (Int, String) {
        switch sort.column {
        case .date: return (1, sort.arrow)
        case .due: return (2, sort.arrow)
        case .status: return (5, sort.arrow)
        case .total: return (3, sort.arrow)
        }
    }

    static func draw(_ state: AppState, in rect: Rect, on canvas: any Canvas) {
        let invoices = state.invoices
        let visible = invoices.visible
        var titled = table
        titled.columns[0].width = min(24, max(6, visible.numberWidth))
        titled.columns[3].width = max(6, visible.totalWidth)
        let (column, arrow) = sortColumn(visible.sort)
        titled.columns[column].title += arrow
        titled.drawHeader(row: rect.row, in: rect, on: canvas)
        let body = Rect(row: rect.row + 1, col: rect.col, width: rect.width, height: rect.height - 2)
        let all = invoices.summaries.value ?? []
        if visible.count == 0 {
            drawEmpty(state, in: body, on: canvas)
        } else {
            let selected = invoices.selectedIndex
            for (offset, i) in (invoices.list.scroll..<min(visible.count, invoices.list.scroll + body.height)).enumerated() {
                let row = visible.rows[i]
                titled.drawRow(cells(all[row], overdue: visible.isOverdue(row: row), locale: state.locale), row: body.row + offset, in: body,
                               selected: i == selected, id: visible.id(at: i), on: canvas)
            }
        }
        if invoices.summaries.value != nil {
            canvas.put(row: rect.bottom - 1, col: rect.col + 1, InvoicesFooter.text(visible, state, width: rect.width - 1),
                       width: rect.width - 1, style: Style(.dim))
        }
    }

    static func drawEmpty(_ state: AppState, in body: Rect, on canvas: any Canvas) {
        let invoices = state.invoices
        if invoices.summaries.value == nil, let error = invoices.summaries.errorMessage {
            let reason = TextWrap.lines(error, width: body.width - 4).map { ($0, Style(.error, bold: true)) }
            let lines = [("Could not load invoices:", Style.normal)] + reason + [("", .normal), ("Press r to try again.", .normal)]
            for (offset, (line, style)) in lines.enumerated() where offset + 1 < body.height {
                canvas.put(row: body.row + 1 + offset, col: body.col + 2, line, width: body.width - 4, style: style)
            }
            return
        }
        let text: String
        if invoices.summaries.value == nil { text = invoices.summaries.isLoading ? "Loading invoices…" : "" }
        else if invoices.list.filter.text.isEmpty { text = "No invoices on this account." }
        else { text = "No invoices match “\(invoices.list.filter.text)”." }
        canvas.put(row: body.row + 1, col: body.col + 2, text, width: body.width - 2, style: Style(.dim))
    }
}
