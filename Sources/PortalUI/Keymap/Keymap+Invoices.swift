import PortalStore

extension KeyBinding {
    /// The invoices list and an invoice's detail.
    static let invoices: [KeyBinding] = [
        KeyBinding([.char("s")], .invoiceList, .cycleSort, "sort: date, due date, status, total", hint: "sort"),
        // Invoice detail
        KeyBinding([.char("a")], .invoiceDetail, .beginCredit, "apply account credit (asks first)", hint: "apply credit",
                   when: .invoiceTakesCredit),
        KeyBinding([.char("k"), .up], .invoiceDetail, .move(-1), "scroll up"),
        KeyBinding([.char("j"), .down], .invoiceDetail, .move(1), "scroll down"),
        KeyBinding([.pageUp], .invoiceDetail, .page(-1), "page up"),
        KeyBinding([.pageDown, .char(" ")], .invoiceDetail, .page(1), "page down"),
        KeyBinding([.char("g"), .home], .invoiceDetail, .moveToFirst, "top"),
        KeyBinding([.char("G"), .end], .invoiceDetail, .moveToLast, "bottom"),
        KeyBinding([.escape, .char("h"), .left], .invoiceDetail, .back, "back to the list"),
    ]
}
