import PortalAPI
import PortalStore

enum BalanceText {
    /// "Due 104.98 USD · Credit 25.00 USD": `acc_balance` is what the unpaid invoices still ask
    /// (a debt), so it is called Due, never Balance; the credit is the customer's money to spend.
    /// A credit of zero is left out. Without a currency from the server or the invoices, the
    /// header says so once.
    static func format(_ b: Balance, _ state: AppState) -> String {
        let currency = state.accountCurrency
        let code = currency.code
        var text = "Due " + Money.text(b.balance, currency: code, locale: state.locale)
        if b.credit != 0 { text += " · Credit " + Money.text(b.credit, currency: code, locale: state.locale) }
        if case .unknown = currency { text += " (no currency given)" }
        return text
    }
}
