import FoundationEssentials
import PortalAPI

/// How a pane writes the account's amounts: in its currency and the app's locale, through
/// `Money.text` ("9.99 USD", "9,99 €"; bare when the server named no currency).
public struct AmountStyle: Sendable, Equatable {
    public let currency: String
    public let locale: MoneyLocale

    public init(currency: String, locale: MoneyLocale) {
        self.currency = currency
        self.locale = locale
    }

    public func callAsFunction(_ amount: Decimal) -> String { Money.text(amount, currency: currency, locale: locale) }

    /// "+2.00 USD" for a price added, "-1.50 USD" for one taken off.
    public func signed(_ amount: Decimal) -> String { (amount > 0 ? "+" : "") + self(amount) }
}

extension AppState {
    /// The account's currency in the app's locale.
    public var amounts: AmountStyle { AmountStyle(currency: accountCurrency.code, locale: locale) }
}
