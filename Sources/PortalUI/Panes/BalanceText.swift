import PortalAPI
import PortalStore

enum BalanceText {
    /// "12.00 USD", with the credit when there is any.
    static func format(_ b: Balance) -> String {
        var text = Money.format(b.balance, currency: b.currency.value) + (b.currency.isEmpty ? "" : " " + b.currency.value)
        if b.credit != 0 { text += " (credit \(Money.format(b.credit, currency: b.currency.value)))" }
        return text
    }
}
