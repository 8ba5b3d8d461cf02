import Foundation
import PortalAPI
import PortalFixtures
@testable import PortalStore
import Testing

/// The account's figures as the portal states them: the currency when `/balance` names none, the
/// status-aware amount due, and amounts read and typed in the customer's locale.
@Suite struct AccountFiguresTests {
    static let noCurrency = Balance(currency: "", balance: Decimal(string: "11.94")!, credit: 25)

    /// Signed in on the services section; the balance arrives without a currency.
    func signedIn(balance: Balance = AccountFiguresTests.noCurrency, locale: MoneyLocale = .en) -> Store {
        var state = AppState(user: "demo@example.com")
        state.locale = locale
        var store = Store(state)
        store.send(.start)
        store.send(.received(store.key(for: .login)!, .login(.success(Empty()))))
        let services = store.key(for: .services)!
        let credit = store.key(for: .balance)!
        store.send(.received(services, .services(.success(Fixtures.services))))
        store.send(.received(credit, .balance(.success(balance))))
        return store
    }

    @Test func aBalanceWithoutCurrencyLoadsTheInvoicesAndTakesTheirsWhenTheyAgree() {
        var store = signedIn(locale: .de)
        #expect(store.requestedCalls() == [.invoices])
        #expect(store.state.accountCurrency == .unknown)
        let euros = [InvoiceFixtures.invoice("1", status: "Unpaid", currency: "EUR"), InvoiceFixtures.invoice("2", currency: "EUR")]
        store.send(.received(store.key(for: .invoices)!, .invoices(.success(InvoiceList(euros, today: nil)))))
        #expect(store.state.accountCurrency == .invoices("EUR"))
        #expect(store.state.money(Decimal(string: "1489")!) == "1.489,00 €")
    }

    @Test func invoicesInSeveralCurrenciesLeaveItUnknown() {
        var store = signedIn()
        let mixed = [InvoiceFixtures.invoice("1", currency: "EUR"), InvoiceFixtures.invoice("2", currency: "USD")]
        store.send(.received(store.key(for: .invoices)!, .invoices(.success(InvoiceList(mixed, today: nil)))))
        #expect(store.state.accountCurrency == .unknown)
        #expect(store.state.money(Decimal(string: "11.94")!) == "11.94")
    }

    @Test func aBalanceWithItsCurrencyLoadsNothingMore() {
        let store = signedIn(balance: Balance(currency: "USD", balance: 1, credit: 0))
        #expect(store.effects.isEmpty)
        #expect(store.state.accountCurrency == .server("USD"))
    }

    @Test func aPaidInvoiceOwesNothingWhateverItsBalanceSays() {
        let paid = InvoiceFixtures.detail("""
        {"id":"308976","number":"2026/308976","status":"Paid","total":"7.54","balance":"7.54","credit":"0","currency":"USD",
         "items":[{"id":"1","description":"Starter Hosting","amount":"7.54","qty":"1","linetotal":"7.54"}]}
        """)
        var store = Store.invoice(paid)
        #expect(store.state.invoices.detail?.detail.value?.amountDue == 0)
        let doc = store.state.invoices.document(width: 80, locale: .en)
        #expect(doc?.rows.contains { if case .total("Amount due", _, _) = $0 { true } else { false } } == false)
        store.send(.beginCredit)
        #expect(store.state.invoices.creditDialog == nil)
        let unpaid = Store.invoice().state.invoices.document(width: 80, locale: .en)
        #expect(unpaid?.rows.contains(.total(label: "Amount due", value: "6.99", strong: true)) == true)
    }

    @Test func germanCustomersTypeAmountsWithAComma() {
        var store = Store.invoice(InvoiceFixtures.manyItems())
        store.state.locale = .de
        store.send(.beginCredit)
        #expect(store.state.invoices.creditDialog?.form.amount.text == "25,00")
        store.send(.focusNext)
        store.send(.edit(.clear))
        store.send(.edit(.insert("12.50")))
        #expect(store.state.invoices.creditDialog?.form.problem == .dotDecimal(suggestion: "12,50"))
        store.send(.edit(.clear))
        store.send(.edit(.insert("12,50")))
        #expect(store.state.invoices.creditDialog?.form.problem == nil)
        store.send(.submit)
        store.send(.changeOption(1))
        store.send(.submit)
        #expect(store.requestedCalls() == [.applyCredit(invoiceID: InvoiceFixtures.manyItems().id, amount: Decimal(string: "12.5")!)])
    }

    @Test func labelsInTheListAnswerAreShownAndFoundBeforeAnyServiceIsOpened() {
        let rows = [Fixtures.service("301", "pio-demo.example").labelled("Personal site"), Fixtures.service("302", "shop.example")]
        var store = Store.loaded(rows)
        #expect(store.state.services.label(of: "301") == "Personal site")
        #expect(store.state.services.label(of: "302") == nil)
        store.send(.beginFilter)
        store.send(.edit(.insert("personal")))
        #expect(store.state.services.visibleServices.map(\.id) == ["301"])
    }
}
