import Foundation
import PortalAPI
import PortalStore

/// Upgrade options per resource (the current item marked), the chosen items and the estimate.
struct UpgradePane {
    /// Price difference per cycle of the chosen items against the current ones.
    static func difference(_ pane: UpgradeState) -> Decimal {
        var diff = Decimal(0)
        for resource in pane.options.value?.resources ?? [] {
            guard let chosenID = pane.choices[resource.id],
                  let chosen = resource.items.first(where: { $0.id == chosenID }) else { continue }
            diff += chosen.price - (resource.selectedItem?.price ?? 0)
        }
        return diff
    }

    static func signed(_ d: Decimal) -> String { (d > 0 ? "+" : "") + Money.format(d) }

    static func draw(_ state: AppState, in rect: Rect, on canvas: any Canvas) {
        guard let pane = state.upgrade else { return }
        let name = state.detail?.detail.value.map { "\($0.product.value) · \($0.domain.value)" } ?? ""
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
        let nameWidth = min(20, max(10, rect.width / 4))
        var row = rect.row + 2
        let summaryRows = 5
        for (index, resource) in options.resources.enumerated() {
            guard row < rect.bottom - summaryRows else { break }
            let focused = index == pane.focus
            canvas.put(row: row, col: rect.col + 1, focused ? ">" : " ", style: Style(.accent, bold: true))
            canvas.put(row: row, col: rect.col + 3, resource.name.value, width: nameWidth - 1, style: Style(focused ? .accent : .normal, bold: focused))
            let col = rect.col + 3 + nameWidth
            if resource.items.isEmpty {
                let qty = resource.currentQuantity.map { "\(Money.format($0)) (quantity; not adjustable here)" } ?? "—"
                canvas.put(row: row, col: col, qty, width: rect.right - col, style: Style(.dim))
            } else {
                let chosenID = pane.chosenItemID(for: resource)
                let chosen = resource.items.first { $0.id == chosenID }
                let text = chosen.map { "\($0.name.value)  \(Money.format($0.price))" } ?? "—"
                SelectView(text, focused: focused).draw(row: row, col: col, width: min(30, rect.right - col), on: canvas)
                if let current = resource.selectedItem {
                    let note = chosen?.id == current.id ? "current" : "now: \(current.name.value) \(Money.format(current.price))"
                    let noteCol = col + min(30, rect.right - col) + 1
                    canvas.put(row: row, col: noteCol, note, width: rect.right - noteCol, style: Style(.dim))
                }
            }
            row += 1
        }
        drawSummary(pane, row: rect.bottom - summaryRows + 1, in: rect, on: canvas)
    }

    static func drawSummary(_ pane: UpgradeState, row: Int, in rect: Rect, on canvas: any Canvas) {
        let col = rect.col + 3
        let width = rect.width - 4
        guard pane.hasChanges else {
            canvas.put(row: row, col: col, "Choose new options with ← →; the estimate updates from the server.",
                       width: width, style: Style(.dim))
            return
        }
        canvas.put(row: row, col: col, "Difference per cycle: \(signed(difference(pane)))", width: width, style: Style(.accent, bold: true))
        let quoteText: String
        let role: StyleRole
        switch pane.quote {
        case .loading: quoteText = "Asking the server for an estimate…"; role = .dim
        case .failed(let message, _): quoteText = "No estimate: \(message)"; role = .error
        case .loaded(let quote):
            var parts: [String] = []
            if let total = quote.total { parts.append("to pay now \(Money.format(total))") }
            if let tax = quote.tax, tax != 0 { parts.append("tax \(Money.format(tax))") }
            parts += quote.lines.prefix(2).map { line in line.name.value + (line.amount.map { " \(Money.format($0))" } ?? "") }
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
