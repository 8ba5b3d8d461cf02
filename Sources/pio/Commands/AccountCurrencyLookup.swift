import PortalAPI

/// The account's currency for a command's amounts, as the portal's header names it: the balance's,
/// else the one every invoice carries (`/balance` may send none).
enum AccountCurrencyLookup {
    static func fetch(_ client: PortalClient) async throws -> (Balance, AccountCurrency) {
        let b = try await client.balance()
        let invoiceCurrencies = b.currency.isEmpty ? try await client.invoices().map(\.currency.value) : []
        return (b, AccountCurrency(balance: b, invoiceCurrencies: invoiceCurrencies))
    }

    /// The code a table writes beside amounts (services, products, orders carry none of their own);
    /// empty for JSON output, which carries no currency there, and when the server names none.
    static func tableCode(_ client: PortalClient, _ options: ScriptOptions) async -> String {
        guard !options.json, options.fields == nil else { return "" }
        return (try? await fetch(client))?.1.code ?? ""
    }

    /// A column title with the currency its amounts are in, named as amounts name it: `TOTAL USD`, `TOTAL €`.
    static func title(_ title: String, _ code: String) -> String {
        code.isEmpty ? title : title + " " + Money.symbol(code, locale: Format.locale)
    }
}
