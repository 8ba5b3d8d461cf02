import PortalAPI
import PortalStore

/// The services list: a table that drops columns on narrow terminals. The domain (and label) takes
/// most of the spare width; the cycle is shortened ("Mo", "Yr", the full word in the detail) and the
/// status column is one wider than its longest word, so no two values touch.
struct ServicesPane {
    static let table = Table(columns: [
        TableColumn("ID", width: 5, dropOrder: 3),
        TableColumn("Domain / label", width: 18, flexible: true, weight: 3, dropOrder: 0),
        TableColumn("Product", width: 8, flexible: true, dropOrder: 5),
        TableColumn("Status", width: 11, dropOrder: 1),
        TableColumn("Cycle", width: 5, dropOrder: 6),
        TableColumn("Next due", width: 10, dropOrder: 4),
        TableColumn("Amount", width: 9, alignment: .right, dropOrder: 2),
    ])

    /// The domain column's text: the label, if any, then the domain.
    static func name(_ s: ServiceSummary, label: String?) -> String {
        let name = label.map { "\($0) — \(s.domain.value)" } ?? s.domain.value
        return name.isEmpty ? "—" : name
    }

    /// The domain (and label) column takes the width its longest text on screen needs before the
    /// product gets any of the spare width, and the product what its longest needs before the
    /// domain column gets the rest: the product is cut first, the domain only when the product is
    /// at its narrowest.
    static func giveTheDomainItsWidth(_ table: inout Table, names: [String], products: [String], width: Int) {
        var fixed = table
        fixed.columns[1].flexible = false
        fixed.columns[2].flexible = false
        let layout = fixed.layout(width: width)
        guard layout.contains(where: { $0.index == 2 }) else { return }
        let used = layout.reduce(0) { $0 + $1.width } + max(0, layout.count - 1) * Table.gap + Table.markerWidth
        var spare = max(0, width - used)
        func widest(_ texts: [String], over base: Int) -> Int { max(0, (texts.lazy.map { TextWidth.of($0) }.max() ?? 0) - base) }
        let domain = min(spare, widest(names, over: table.columns[1].width))
        spare -= domain
        let product = min(spare, widest(products, over: table.columns[2].width))
        spare -= product
        table.columns[1].width += domain + spare
        table.columns[2].width += product
        table.columns[1].flexible = false
        table.columns[2].flexible = false
    }

    static func cells(_ s: ServiceSummary, label: String?, locale: MoneyLocale) -> [TableCell] {
        [TableCell(s.id), TableCell(name(s, label: label)), TableCell(s.product.value),
                TableCell(s.status.label, style: Style(s.status.role, bold: s.status.role == .danger)),
                TableCell(s.billingCycle.shortLabel), TableCell(s.nextDue?.dateString ?? "—"), TableCell(Money.text(s.total, currency: "", locale: locale))]
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
        let first = state.services.list.scroll
        let onScreen = rows[min(first, rows.count)..<min(rows.count, first + max(0, rect.height - 1))]
        giveTheDomainItsWidth(&titled, names: onScreen.map { name($0, label: state.services.label(of: $0)) },
                              products: onScreen.map(\.product.value), width: rect.width)
        let sortColumn: Int
        switch state.services.list.sort.column {
        case .nextDue: sortColumn = 5
        case .status: sortColumn = 3
        case .amount: sortColumn = 6
        case .domain: sortColumn = 1
        }
        titled.columns[sortColumn].title += state.services.list.sort.arrow
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
                           selected: i == selected, id: rows[i].id, on: canvas)
        }
    }
}
