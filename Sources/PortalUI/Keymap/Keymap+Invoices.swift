import PortalStore

extension KeyBinding {
    /// One line of `?` for the sort keys (k9s's Shift-letter keys: a column, again reverses).
    private static let invoicesSort = "date/due/status/total; again: reverse"

    /// The invoices list and an invoice's detail.
    static let invoices: [KeyBinding] = [
        KeyBinding([.char("s")], .invoiceList, .cycleSort, "sort: date, due date, status, total", hint: "sort"),
        KeyBinding([.char("D")], .invoiceList, .sortBy(InvoiceSort.date.rawValue), "sort by date (again: reverse)", group: invoicesSort),
        KeyBinding([.char("U")], .invoiceList, .sortBy(InvoiceSort.due.rawValue), "sort by due date (again: reverse)", group: invoicesSort),
        KeyBinding([.char("S")], .invoiceList, .sortBy(InvoiceSort.status.rawValue), "sort by status (again: reverse)", group: invoicesSort),
        KeyBinding([.char("T")], .invoiceList, .sortBy(InvoiceSort.total.rawValue), "sort by total (again: reverse)", group: invoicesSort),
        // Invoice detail
        KeyBinding([.char("a")], .invoiceDetail, .beginCredit, "apply account credit (asks first)", hint: "apply credit",
                   when: .invoiceTakesCredit),
        KeyBinding([.char("y")], .invoiceDetail, .beginCopy, "copy the invoice number or amount due", hint: "copy", when: .canCopy),
        KeyBinding([.char("k"), .up], .invoiceDetail, .move(-1), "scroll up", group: "scroll up / down"),
        KeyBinding([.char("j"), .down], .invoiceDetail, .move(1), "scroll down", group: "scroll up / down"),
    ] + paging(.invoiceDetail, .scroll) + [
        KeyBinding([.escape, .char("h"), .left], .invoiceDetail, .back, "back to the list"),
    ]
}
