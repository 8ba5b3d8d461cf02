import FoundationEssentials
import PortalAPI
import PortalStore

/// Upgrade options per resource (the current item marked), then under them one line per change and the estimate.
struct UpgradePane {
    static func difference(_ pane: UpgradeState) -> Decimal { pane.difference }

    static func draw(_ state: AppState, in rect: Rect, on canvas: any Canvas) {
        guard let pane = state.services.upgrade else { return }
        canvas.addTarget(.scrolls, in: rect)   // the wheel moves the focus
        let name = state.services.detail?.detail.value.map { "\($0.product.value) · \($0.domain.value)" } ?? ""
        canvas.put(row: rect.row, col: rect.col + 1, "Upgrade service #\(pane.serviceID)" + (name.isEmpty ? "" : " · " + name),
                   width: rect.width - 1, style: Style(.accent, bold: true))
        guard let options = pane.options.value else {
            canvas.put(row: rect.row + 2, col: rect.col + 2, pane.options.isLoading ? "Loading upgrade options…" : "",
                       width: rect.width - 2, style: Style(.dim))
            return
        }
        if options.resources.isEmpty {
            canvas.put(row: rect.row + 2, col: rect.col + 2, "This service has no resources to upgrade.",
                       width: rect.width - 2, style: Style(.dim))
            return
        }
        let money = state.amounts
        let nameWidth = min(20, max(10, rect.width / 4))
        let roomy = rect.height >= 12
        var row = rect.row + (roomy ? 2 : 1)
        // Under the options: one line per change, the difference, the server's estimate, the hint.
        let changes = UpgradeChangeLines.lines(pane, money: money)
        let summaryRows = (roomy ? 1 : 0) + (pane.hasChanges ? changes.count + 3 : 1)
        let room = max(1, rect.bottom - summaryRows - row)
        let first = max(0, pane.focus - room + 1)
        for (index, resource) in options.resources.enumerated().dropFirst(first) {
            guard row < rect.row + (roomy ? 2 : 1) + room else { break }
            let focused = index == pane.focus
            canvas.addTarget(.row(id: resource.id), in: Rect(row: row, col: rect.col, width: rect.width, height: 1))
            canvas.put(row: row, col: rect.col + 1, focused ? ">" : " ", style: Style(.accent, bold: true))
            canvas.put(row: row, col: rect.col + 3, resource.name.value, width: nameWidth - 1, style: Style(focused ? .accent : .normal, bold: focused))
            let col = rect.col + 3 + nameWidth
            let selectWidth = min(30, rect.right - col)
            let noteCol = col + selectWidth + 1
            if resource.takesQuantity {
                let unit = resource.selectedItem ?? resource.items.first
                let qty: Int = { if case .quantity(let q) = pane.value(for: resource) { return q } else { return 0 } }()
                let text = "\(qty) × \(unit?.name.value ?? "unit")  \(money(Decimal(qty) * (unit?.price ?? 0)))"
                SelectView(text, focused: focused).draw(row: row, col: col, width: selectWidth, stepping: .clickRow(id: resource.id), on: canvas)
                let current = UpgradeState.currentValue(of: resource)
                let note = pane.value(for: resource) == current ? "current" : "now: \(resource.currentQuantity.map(\.description) ?? "0")"
                canvas.put(row: row, col: noteCol, note, width: rect.right - noteCol, style: Style(.dim))
            } else if resource.items.isEmpty {
                canvas.put(row: row, col: col, "—", width: rect.right - col, style: Style(.dim))
            } else {
                let chosenID = pane.chosenItemID(for: resource)
                let chosen = resource.items.first { $0.id == chosenID }
                let text = chosen.map { "\($0.name.value)  \(money($0.price))" } ?? "—"
                SelectView(text, focused: focused).draw(row: row, col: col, width: selectWidth, stepping: .clickRow(id: resource.id), on: canvas)
                if let current = resource.selectedItem {
                    let note = chosen?.id == current.id ? "current" : "now: \(current.name.value) \(money(current.price))"
                    canvas.put(row: row, col: noteCol, note, width: rect.right - noteCol, style: Style(.dim))
                }
            }
            row += 1
        }
        drawSummary(pane, changes: changes, money: money, row: row + (roomy ? 1 : 0), in: rect, on: canvas)
    }

    static func drawSummary(_ pane: UpgradeState, changes: [String], money: AmountStyle, row: Int, in rect: Rect, on canvas: any Canvas) {
        let col = rect.col + 3
        let width = rect.width - 4
        guard pane.hasChanges else {
            canvas.put(row: row, col: col, "Choose new options with ← →; the estimate updates from the server.",
                       width: width, style: Style(.dim))
            return
        }
        var row = row
        for change in changes.prefix(max(0, rect.bottom - row - 3)) {
            canvas.put(row: row, col: col, change, width: width, style: .normal)
            row += 1
        }
        canvas.put(row: row, col: col, "Difference per cycle: \(money.signed(difference(pane)))", width: width, style: Style(.accent, bold: true))
        let quoteText: String
        let role: StyleRole
        switch pane.quote {
        case .loading: quoteText = "Asking the server for an estimate…"; role = .dim
        case .failed(let message, _): quoteText = "No estimate: \(message)"; role = .error
        case .loaded(let quote):
            let money = quote.currency.isEmpty ? money : AmountStyle(currency: quote.currency.value, locale: money.locale)
            var parts: [String] = []
            if let total = quote.total { parts.append("to pay now \(money(total))") }
            if let tax = quote.tax, tax != 0 { parts.append("tax \(money(tax))") }
            parts += quote.lines.prefix(2).map { line in line.name.value + (line.amount.map { " \(money($0))" } ?? "") }
            if parts.isEmpty { parts.append(quote.messages.isEmpty ? "no charge listed" : quote.messages.text) }
            quoteText = "Server estimate: " + parts.joined(separator: "; ")
            role = .normal
        case .idle: quoteText = ""; role = .dim
        }
        canvas.put(row: row + 1, col: col, quoteText, width: width, style: Style(role))
        if pane.quote.value != nil, !pane.quote.isLoading {
            canvas.put(row: row + 2, col: col, "Enter sends the upgrade request (asks first).", width: width, style: Style(.dim))
        }
    }
}
