import PortalAPI

/// What filtering and sorting need from one service, computed once per load.
struct ServiceKeys: Sendable, Equatable {
    /// Every column and the label the list carries, lower-cased, joined by a separator no typed
    /// text contains (a label set later is matched through `VisibleServices.labelMatch`).
    let search: String
    let domain: String
    let numericID: Int?
    let idWidth: Int
    let amountWidth: Int

    init(_ s: ServiceSummary) {
        let amount = Money.format(s.total)
        search = [s.id, s.domain.value, s.product.value, s.status.label, s.billingCycle.label,
                  s.nextDue?.description ?? "", amount, s.category.value, s.label.value]
            .joined(separator: "\u{1F}").lowercased()
        domain = s.domain.value.lowercased()
        numericID = Int(s.id)
        idWidth = TextWidth.of(s.id)
        amountWidth = Money.widestWidth(plain: amount)
    }
}
