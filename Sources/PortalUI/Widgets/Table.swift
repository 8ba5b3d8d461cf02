import PortalAPI

/// A column of a table. Columns with a larger `dropOrder` disappear first when the width is short;
/// flexible columns share what is left after the fixed ones.
public struct TableColumn: Sendable {
    public enum Alignment: Sendable { case left, right }
    public var title: String
    public var width: Int
    public var flexible: Bool
    public var alignment: Alignment
    public var dropOrder: Int
    /// Share of the spare width a flexible column takes, relative to the other flexible ones.
    public var weight: Int

    public init(_ title: String, width: Int, flexible: Bool = false, weight: Int = 1, alignment: Alignment = .left, dropOrder: Int = 0) {
        self.title = title
        self.width = width
        self.flexible = flexible
        self.weight = max(1, weight)
        self.alignment = alignment
        self.dropOrder = dropOrder
    }
}

/// A cell: its text and the style it is drawn in (status colours).
public struct TableCell: Sendable {
    public var text: String
    public var style: Style?
    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }
}

/// A scrolling table with a title row, a selection marker and a highlighted selected row.
public struct Table: Sendable {
    public static let gap = 1
    public static let markerWidth = 2

    public var columns: [TableColumn]

    public init(columns: [TableColumn]) { self.columns = columns }

    /// Indices and widths of the columns that fit in `width`.
    public func layout(width: Int) -> [(index: Int, width: Int)] {
        var kept = Array(columns.indices)
        func needed(_ ids: [Int]) -> Int {
            ids.reduce(0) { $0 + columns[$1].width } + max(0, ids.count - 1) * Table.gap + Table.markerWidth
        }
        while kept.count > 1, needed(kept) > width {
            guard let drop = kept.max(by: { columns[$0].dropOrder < columns[$1].dropOrder }) else { break }
            kept.removeAll { $0 == drop }
        }
        let spare = max(0, width - needed(kept))
        let flexible = kept.filter { columns[$0].flexible }
        var widths = kept.map { columns[$0].width }
        let totalWeight = flexible.reduce(0) { $0 + columns[$1].weight }
        if totalWeight > 0 {
            var rest = spare
            for (i, id) in kept.enumerated() where columns[id].flexible {
                let share = spare * columns[id].weight / totalWeight
                widths[i] += share
                rest -= share
            }
            if let first = kept.firstIndex(where: { columns[$0].flexible }) { widths[first] += rest }
        }
        return zip(kept, widths).map { ($0, $1) }
    }

    /// The column titles at `row`; `rect`, the table's titles and rows, is where the wheel scrolls the list.
    public func drawHeader(row: Int, in rect: Rect, on canvas: any Canvas) {
        canvas.addTarget(.scrolls, in: rect)
        canvas.fill(row: row, col: rect.col, count: rect.width, style: Style(.header, bold: true))
        var x = rect.col + Table.markerWidth
        for (index, width) in layout(width: rect.width) {
            canvas.put(row: row, col: x, align(columns[index].title, width, columns[index].alignment),
                       style: Style(.header, bold: true))
            x += width + Table.gap
        }
    }

    /// A row; with the row's `id`, a click on it selects or opens it.
    public func drawRow(_ cells: [TableCell], row: Int, in rect: Rect, selected: Bool, id: String? = nil, on canvas: any Canvas) {
        if let id { canvas.addTarget(.row(id: id), in: Rect(row: row, col: rect.col, width: rect.width, height: 1)) }
        let base = selected ? Style(.selected, reverse: true) : Style(.normal)
        canvas.fill(row: row, col: rect.col, count: rect.width, style: base)
        if selected { canvas.put(row: row, col: rect.col, ">", style: base) }
        var x = rect.col + Table.markerWidth
        for (index, width) in layout(width: rect.width) {
            let cell = index < cells.count ? cells[index] : TableCell("")
            // The selected row is one run in the selection style (its text still says the status):
            // a colour change inside it would cost extra sequences on every move.
            let style = selected ? base : (cell.style ?? base)
            canvas.put(row: row, col: x, align(cell.text, width, columns[index].alignment), style: style)
            x += width + Table.gap
        }
    }

    private func align(_ text: String, _ width: Int, _ alignment: TableColumn.Alignment) -> String {
        let cut = TextWidth.truncate(text, to: width)
        let pad = String(repeating: " ", count: max(0, width - TextWidth.of(cut)))
        return alignment == .left ? cut + pad : pad + cut
    }
}
