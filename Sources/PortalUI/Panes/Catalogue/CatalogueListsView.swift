import PortalAPI
import PortalStore

/// The categories and the products of a category: tables, then the selected row's description.
enum CatalogueListsView {
    static let categoryTable = Table(columns: [
        TableColumn("Category", width: 18, flexible: true, dropOrder: 0),
        TableColumn("Description", width: 20, flexible: true, weight: 3, dropOrder: 1),
    ])
    static let productTable = Table(columns: [
        TableColumn("Product", width: 18, flexible: true, dropOrder: 0),
        TableColumn("Prices", width: 24, flexible: true, weight: 3, dropOrder: 1),
        TableColumn("Stock", width: 12, dropOrder: 2),
    ])

    static func drawCategories(_ c: CatalogueState, in rect: Rect, on canvas: any Canvas) {
        let rows = c.visibleCategories
        guard !rows.isEmpty else {
            return empty(c.categories, loading: "Loading categories…",
                         none: c.filter.text.isEmpty ? "The catalogue has no categories." : "No category matches “\(c.filter.text)”.", in: rect, on: canvas)
        }
        drawTable(categoryTable, rows.map { [TableCell($0.name.value), TableCell($0.description.value)] }, ids: rows.map(\.id),
                  selected: c.categoryList.selectedIndex, details: c.selectedCategory?.description.lines ?? [], in: rect, on: canvas)
    }

    static func drawProducts(_ c: CatalogueState, money: AmountStyle, in rect: Rect, on canvas: any Canvas) {
        let rows = c.visibleProducts
        guard !rows.isEmpty else {
            return empty(c.products, loading: "Loading products…",
                         none: c.filter.text.isEmpty ? "This category has no products." : "No product matches “\(c.filter.text)”.", in: rect, on: canvas)
        }
        let details = c.selectedProduct.map { p in p.description.lines + ["", "Prices: " + prices(p, money: money)] } ?? []
        drawTable(productTable, rows.map { [TableCell($0.name.value), TableCell(prices($0, money: money)),
                                            TableCell($0.inStock ? "" : "out of stock", style: $0.inStock ? nil : Style(.warning))] },
                  ids: rows.map(\.id),
                  selected: c.productList.selectedIndex, details: details, in: rect, on: canvas)
    }

    /// "Monthly 4.99 USD · Annually 49.90 USD + setup 10.00 USD"
    static func prices(_ p: Product, money: AmountStyle) -> String {
        guard !p.periods.isEmpty else { return "—" }
        return p.periods.map { period in
            "\(period.cycle.label) \(money(period.price))" + (period.setup != 0 ? " + setup \(money(period.setup))" : "")
        }.joined(separator: " · ")
    }

    static func drawTable(_ table: Table, _ rows: [[TableCell]], ids: [String], selected: Int, details: [String], in rect: Rect, on canvas: any Canvas) {
        let wrapped = details.flatMap { $0.isEmpty ? [""] : TextWrap.lines($0, width: rect.width - 4) }
        let detailRows = min(wrapped.count, max(0, rect.height / 3))
        let tableRect = Rect(row: rect.row, col: rect.col, width: rect.width, height: rect.height - (detailRows > 0 ? detailRows + 1 : 0))
        table.drawHeader(row: tableRect.row, in: tableRect, on: canvas)
        let room = max(1, tableRect.height - 1)
        let top = max(0, min(selected - room + 1, rows.count - room))
        for (offset, i) in (max(0, top)..<min(rows.count, max(0, top) + room)).enumerated() {
            table.drawRow(rows[i], row: tableRect.row + 1 + offset, in: tableRect, selected: i == selected, id: ids[i], on: canvas)
        }
        for (i, line) in wrapped.prefix(detailRows).enumerated() {
            canvas.put(row: tableRect.bottom + 1 + i, col: rect.col + 2, line, width: rect.width - 4, style: Style(.dim))
        }
    }

    static func empty<T>(_ value: Loadable<T>, loading: String, none: String, in rect: Rect, on canvas: any Canvas) {
        let text: String, role: StyleRole
        if let error = value.errorMessage { text = "Could not load (r retries): \(error)"; role = .error }
        else if value.isLoading || value.value == nil { text = loading; role = .dim }
        else { text = none; role = .dim }
        canvas.put(row: rect.row + 1, col: rect.col + 2, text, width: rect.width - 4, style: Style(role))
    }
}
