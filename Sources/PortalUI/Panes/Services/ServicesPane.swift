import PortalAPI
import PortalStore

/// The services list: a table that drops columns on narrow terminals.
struct ServicesPane {
    static let table = Table(columns: [
        TableColumn("ID", width: 5, dropOrder: 3),
        TableColumn("Domain / label", width: 18, flexible: true, weight: 3, dropOrder: 0),
        TableColumn("Product", width: 10, flexible: true, dropOrder: 5),
        TableColumn("Status", width: 10, dropOrder: 1),
        TableColumn("Cycle", width: 10, dropOrder: 6),
        TableColumn("Next due", width: 10, dropOrder: 4),
        TableColumn("Amount", width: 9, alignment: .right, dropOrder: 2),
    ])

    static func cells(_ s: ServiceSummary, label: String?, locale: MoneyLocale) -> [TableCell] {
        let name = label.map { "\($0) — \(s.domain.value)" } ?? s.domain.value
        return [TableCell(s.id), TableCell(name.isEmpty ? "—" : name), TableCell(s.product.value),
                TableCell(s.status.label, style: Style(s.status.role, bold: s.status.role == .danger)),
                TableCell(s.billingCycle.label), TableCell(s.nextDue?.dateString ?? "—"), TableCell(Money.text(s.total, currency: "", locale: locale))]
    }

    static func draw(_ state: AppState, in rect: Rect, on canvas: any Canvas) {
        let rows = state.services.visibleServices
        var titled = table
        // ID and amount take the width their longest value needs.
        titled.columns[0].width = max(2, state.services.widestVisibleID)
        // The amounts are in the account's currency, named once in the column's title where
        // there is room for it (below 100 columns the domains keep the room; the header's Due names
        // the currency).
        let currency = state.accountCurrency.code
        if !currency.isEmpty, rect.width >= 100 {
            titled.columns[6].title += " " + Money.symbol(currency, locale: state.locale)
            titled.columns[6].width = max(TextWidth.of(titled.columns[6].title) + 1, state.services.widestVisibleAmount)
        } else {
            titled.columns[6].width = max(7, state.services.widestVisibleAmount)
        }
        let sortColumn: Int
        switch state.services.list.sort {
        case .nextDue: sortColumn = 5
        case .status: sortColumn = 3
        case .amount: sortColumn = 6
        case .domain: sortColumn = 1
        }
        titled.columns[sortColumn].title += state.services.list.sort == .amount ? "▼" : "▲"
        titled.drawHeader(row: rect.row, in: rect, on: canvas)
        let body = Rect(row: rect.row + 1, col: rect.col, width: rect.width, height: rect.height - 1)
        if rows.isEmpty, state.services.summaries.value == nil, let error = state.services.summaries.errorMessage {
            let reason = TextWrap.lines(error, width: body.width - 4).map { ($0, Style(.error, bold: true)) }
            let lines = [("Could not load services:", Style.normal)] + reason + [("", .normal), ("Press r to try again.", .normal)]
            for (offset, (line, style)) in lines.enumerated() where offset + 1 < body.height {
                canvas.put(row: body.row + 1 + offset, col: body.col + 2, line, width: body.width - 4, style: style)
            }
            return
        }
        if rows.isEmpty {
            let text: String
            if state.services.summaries.value == nil { text = state.services.summaries.isLoading ? "Loading services…" : "" }
            else if state.services.list.filter.text.isEmpty { text = "No services on this account." }
            else { text = "No services match “\(state.services.list.filter.text)”." }
            canvas.put(row: body.row + 1, col: body.col + 2, text, width: body.width - 2, style: Style(.dim))
            return
        }
        let selected = state.services.selectedIndex
        for (offset, i) in (state.services.list.scroll..<min(rows.count, state.services.list.scroll + body.height)).enumerated() {
            titled.drawRow(cells(rows[i], label: state.services.label(of: rows[i]), locale: state.locale), row: body.row + offset, in: body,
                           selected: i == selected, on: canvas)
        }
    }
}
