import Foundation
import PortalAPI
import PortalFixtures
@testable import PortalStore
import Testing

/// Applying credit from an invoice's detail: the proposal, validation, sending once, and refreshing after.
@Suite struct InvoiceCreditDialogTests {
    func typeAmount(_ store: inout Store, _ text: String) {
        store.send(.focusNext)
        store.send(.edit(.clear))
        store.send(.edit(.insert(text)))
    }

    @Test func theDialogProposesWhatPaysTheInvoiceWithNoFocused() {
        var store = Store.invoice()
        store.send(.beginCredit)
        let dialog = store.state.invoices.creditDialog
        #expect(dialog?.form.amount.text == "6.99")
        #expect(dialog?.focus == .no)
        #expect(store.effects.isEmpty)
    }

    @Test func withLessCreditThanDueItProposesAllTheCredit() {
        var store = Store.invoice(InvoiceFixtures.manyItems(), balance: Balance(currency: "USD", balance: 0, credit: Decimal(string: "12.34")!))
        store.send(.beginCredit)
        #expect(store.state.invoices.creditDialog?.form.amount.text == "12.34")
    }

    @Test func enterOnTheDefaultButtonClosesWithoutSending() {
        var store = Store.invoice()
        store.send(.beginCredit)
        store.send(.submit)
        #expect(store.state.invoices.creditDialog == nil)
        #expect(store.effects.isEmpty)
    }

    @Test func yesSendsTheProposalOnceAndIgnoresKeysUntilTheAnswer() {
        var store = Store.invoice()
        store.send(.beginCredit)
        store.send(.confirm)
        #expect(store.requestedCalls() == [.applyCredit(invoiceID: "309010", amount: Decimal(string: "6.99"))])
        #expect(store.state.invoices.creditDialog?.sending == true)
        #expect(store.send(.confirm).isEmpty)
        #expect(store.send(.submit).isEmpty)
        #expect(store.send(.dismiss).isEmpty)
        #expect(store.state.invoices.creditDialog != nil)
    }

    @Test func aPartialAmountIsSentAsTyped() {
        var store = Store.invoice(InvoiceFixtures.manyItems())
        store.send(.beginCredit)
        typeAmount(&store, "5.5")
        #expect(store.state.invoices.creditDialog?.form.problem == nil)
        store.send(.submit)
        #expect(store.state.invoices.creditDialog?.focus == .no)
        store.send(.changeOption(1))
        store.send(.submit)
        #expect(store.requestedCalls() == [.applyCredit(invoiceID: "309011", amount: Decimal(string: "5.5"))])
    }

    @Test(arguments: [
        ("12,50", CreditAmountProblem.commaDecimal(suggestion: "12.50")),
        ("1.505", .tooManyDecimals(allowed: 2, currency: "USD")),
        ("-3", .negative),
        ("0", .zero),
        ("30", .aboveCredit("25.00 USD")),
        ("7", .aboveDue("6.99 USD")),
    ])
    func aBadAmountIsExplainedAndNotSent(text: String, problem: CreditAmountProblem) {
        var store = Store.invoice()
        store.send(.beginCredit)
        typeAmount(&store, text)
        #expect(store.state.invoices.creditDialog?.form.problem == problem)
        store.send(.submit)
        #expect(store.state.invoices.creditDialog?.focus == .field(.amount))
        store.send(.focusNext)
        store.send(.confirm)
        #expect(store.requestedCalls().isEmpty)
        #expect(store.state.invoices.creditDialog?.form.problem == problem)
        #expect(store.state.invoices.creditDialog?.focus == .field(.amount))
        #expect(store.state.invoices.creditDialog?.form.amount.text == text)
    }

    @Test func successClosesTheDialogAndRefreshesInvoiceListAndBalance() {
        var store = Store.invoice()
        store.send(.beginCredit)
        store.send(.confirm)
        let key = store.key(for: .applyCredit(invoiceID: "309010", amount: Decimal(string: "6.99")))!
        store.send(.received(key, .applyCredit(.success(ServerMessages(["credit_applied"])))))
        #expect(store.state.invoices.creditDialog == nil)
        #expect(Set(store.requestedCalls()) == [.invoice(id: "309010"), .invoices, .balance])
        #expect(store.state.flash == Flash(.info, "Applied 6.99 USD of credit to invoice 2026/309010."))
        #expect(store.state.invoices.detail?.detail.value == InvoiceFixtures.unpaid)   // shown while it reloads
    }

    @Test(arguments: [APIError.offline("connection closed by the server"), .timedOut, .unreadableResponse("truncated")])
    func aLostAnswerClosesTheDialogSaysTheOutcomeIsUnknownAndRereadsTheInvoice(_ lost: APIError) {
        var store = Store.invoice(InvoiceFixtures.manyItems())
        store.send(.beginCredit)
        typeAmount(&store, "3")
        store.send(.focusNext)
        store.send(.confirm)
        let key = store.key(for: .applyCredit(invoiceID: "309011", amount: 3))!
        store.send(.received(key, .applyCredit(.failure(lost))))
        #expect(store.state.invoices.creditDialog == nil)
        #expect(store.state.flash?.text.hasPrefix("Credit outcome unknown") == true)
        #expect(Set(store.requestedCalls()) == [.invoice(id: "309011"), .invoices, .balance])
        store.send(.confirm)
        #expect(store.requestedCalls().isEmpty)                // nothing is sent again by itself
    }

    @Test func aRefusalKeepsTheDialogAndTheAmountAndReloadsTheBalance() {
        var store = Store.invoice(InvoiceFixtures.manyItems())
        store.send(.beginCredit)
        typeAmount(&store, "3")
        store.send(.focusNext)
        store.send(.confirm)
        let key = store.key(for: .applyCredit(invoiceID: "309011", amount: 3))!
        store.send(.received(key, .applyCredit(.failure(.server(ServerMessages(["not_enough_credit"]))))))
        let dialog = store.state.invoices.creditDialog
        #expect(dialog?.sending == false && dialog?.form.amount.text == "3")
        #expect(dialog?.error == "Not enough account credit.")
        #expect(store.requestedCalls() == [.balance])
        store.send(.confirm)
        #expect(store.requestedCalls() == [.applyCredit(invoiceID: "309011", amount: 3)])
    }

    @Test func escapeClosesTheDialogFromTheAmountField() {
        var store = Store.invoice()
        store.send(.beginCredit)
        store.send(.focusNext)
        store.send(.cancelInput)
        #expect(store.state.invoices.creditDialog == nil)
    }

    @Test func paidInvoicesAndNoCreditSayWhyInsteadOfOpeningTheDialog() {
        var paid = Store.invoice(InvoiceFixtures.paid)
        paid.send(.beginCredit)
        #expect(paid.state.invoices.creditDialog == nil)
        #expect(paid.state.flash == Flash(.error, "Credit applies only to unpaid invoices; this one is Paid."))
        var broke = Store.invoice(balance: Balance(currency: "USD", balance: 6.99, credit: 0))
        broke.send(.beginCredit)
        #expect(broke.state.invoices.creditDialog == nil)
        #expect(broke.state.flash == Flash(.error, "No credit to apply: your credit is 0.00 USD."))
    }

    @Test func theAmountDueAccountsForCreditAlreadyApplied() {
        var store = Store.invoice(InvoiceFixtures.manyItems(credit: "225.67", balance: "5.00"))
        store.send(.beginCredit)
        #expect(store.state.invoices.creditDialog?.form.amount.text == "5.00")
    }

    @Test func aZeroDecimalCurrencyProposesAWholeAmount() {
        var store = Store.invoice(InvoiceFixtures.detail("""
        {"id":"7","number":"JP-7","status":"Unpaid","total":"1200","balance":"1200","currency":"JPY","items":[]}
        """), balance: Balance(currency: "JPY", balance: 1200, credit: 5000))
        store.send(.beginCredit)
        #expect(store.state.invoices.creditDialog?.form.amount.text == "1200")
        typeAmount(&store, "1.5")
        #expect(store.state.invoices.creditDialog?.form.problem == .tooManyDecimals(allowed: 0, currency: "JPY"))
    }
}
