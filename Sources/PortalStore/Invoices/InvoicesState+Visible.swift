import PortalAPI

extension InvoicesState {
    /// Index of the selected invoice among the visible ones (0 when it is filtered out).
    public var selectedIndex: Int { list.selectedIndex }

    /// The invoice at a position of the visible order.
    public func visibleInvoice(at position: Int) -> InvoiceSummary? {
        guard let all = summaries.value, position >= 0, position < visible.rows.count else { return nil }
        return all[visible.rows[position]]
    }

    public var selectedInvoice: InvoiceSummary? {
        visibleInvoice(at: min(selectedIndex, max(0, visible.count - 1)))
    }

    /// List rows available on screen: the section's viewport less the footer line.
    static func viewportRows(_ ctx: SectionContext) -> Int { max(1, ctx.listViewportRows - 1) }

    /// The list's filtered, sorted rows and their footer figures.
    public var visible: VisibleInvoices { list.rows }

    /// New invoices (a load), with what was prepared from them off the UI thread.
    mutating func load(_ answer: InvoiceList) {
        let changed = summaries.value != answer.rows
        summaries = .loaded(answer.rows)
        guard changed else { return }
        reloadRows(ready: answer.prepared)
    }

    /// The day overdue is judged against; the rows are judged again when it changes.
    public mutating func setToday(_ day: APIDate?) {
        guard day != today else { return }
        today = day
        reloadRows(ready: nil)
    }

    private mutating func reloadRows(ready: PreparedInvoices?) {
        let all = summaries.value ?? [], today = self.today
        list.reload { $0.reload(all, today: today, ready: ready, needle: $1, sort: $2, selectedID: $3) }
    }
}
