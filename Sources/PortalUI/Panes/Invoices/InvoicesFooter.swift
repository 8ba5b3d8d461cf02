import PortalAPI
import PortalStore

/// The invoices list's footer: "9 invoices · 4 to pay: 109.98 USD"; "2 of 9 invoices · …" while
/// filtered. The owed invoices (unpaid and in collections) are what the header's Due adds up; when
/// the whole list is shown and the two still differ, the footer says why: Due counts credit
/// already applied. On a narrow terminal it gives way in steps — the reason, then the long words,
/// then Due (the header shows it), then the count, then whole amounts — and never cuts a number.
enum InvoicesFooter {
    static func text(_ v: VisibleInvoices, _ state: AppState, width: Int) -> String {
        let forms = variants(v, state)
        return forms.first { TextWidth.of($0) <= width } ?? forms[forms.count - 1]
    }

    /// Every form of the footer, the longest first.
    static func variants(_ v: VisibleInvoices, _ state: AppState) -> [String] {
        func count(_ noun: String) -> String { v.count == v.totalCount ? "\(v.totalCount) \(noun)" : "\(v.count) of \(v.totalCount) \(noun)" }
        let long = count(v.totalCount == 1 ? "invoice" : "invoices")
        let short = count("inv.")
        guard v.unpaid.count > 0 else { return [long + " · none to pay", short + " · none to pay", "none to pay"] }
        let totals = v.unpaid.totals.map { $0.text(state.locale) }
        let toPay = "\(v.unpaid.count) to pay: " + totals.joined(separator: ", ")
        var forms: [String] = []
        if v.count == v.totalCount, let balance = state.header.balance.value, v.unpaid.totals.count == 1,
           let owed = v.unpaid.totals.first, owed.amount != balance.balance {
            let due = "Due " + Money.text(balance.balance, currency: owed.currency, locale: state.locale)
            forms += [long + " · " + toPay + " · " + due + " (less credit and payments already applied)",
                      long + " · " + toPay + " · " + due,
                      short + " · " + toPay + " · " + due]
        }
        forms += [long + " · " + toPay, short + " · " + toPay, toPay]
        // The amounts that fit, whole, and a sign that more follow.
        for kept in stride(from: totals.count - 1, through: 1, by: -1) {
            forms.append("\(v.unpaid.count) to pay: " + totals.prefix(kept).joined(separator: ", ") + ", …")
        }
        return forms
    }
}
