import FoundationEssentials
import PortalAPI

extension InvoicesState {
    mutating func reduceCreditDialog(_ dialog: CreditDialog, _ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        var dialog = dialog
        switch dialog.reduce(action) {
        case .none: break
        case .changed: dialog.form.problem = check(dialog, ctx)
        case .submitField:
            dialog.form.problem = check(dialog, ctx)
            if dialog.form.problem == nil { dialog.focus = .no }
        case .close:
            modal = nil
            return []
        case .confirm:
            return send(&dialog, &ctx)
        }
        modal = .credit(dialog)
        return []
    }

    /// Why the dialog's amount cannot be applied now; nil when it can.
    func check(_ dialog: CreditDialog, _ ctx: SectionContext) -> CreditAmountProblem? {
        guard let limits = creditLimits(ctx) else { return nil }
        if case .failure(let problem) = CreditAmount.parse(dialog.form.amount.text, within: limits) { return problem }
        return nil
    }

    /// Sends the amount once, or keeps the dialog open on the amount with the reason it cannot.
    private mutating func send(_ dialog: inout CreditDialog, _ ctx: inout SectionContext) -> [Effect] {
        guard let limits = creditLimits(ctx) else { modal = .credit(dialog); return [] }
        switch CreditAmount.parse(dialog.form.amount.text, within: limits) {
        case .failure(let problem):
            dialog.form.problem = problem
            dialog.focus = .field(.amount)
            modal = .credit(dialog)
            return []
        case .success(let amount):
            dialog.form.problem = nil
            dialog.error = nil
            dialog.sending = true
            dialog.form.sentAmount = amount
            modal = .credit(dialog)
            return [ctx.request(.applyCredit, .applyCredit(invoiceID: dialog.form.invoiceID, amount: amount))]
        }
    }

    mutating func applyCreditResult(_ result: Result<ServerMessages, APIError>, _ ctx: inout SectionContext) -> [Effect] {
        guard var dialog = creditDialog else { return [] }
        ctx.refreshBalance()
        switch WriteOutcome(result) {
        case .applied:
            modal = nil
            let currency = detail?.detail.value?.currency.value ?? ""
            let number = detail?.detail.value?.number.value ?? dialog.form.invoiceID
            let applied = dialog.form.sentAmount.map { Money.text($0, currency: currency, locale: ctx.locale) } ?? "Credit"
            ctx.flash = Flash(.info, "Applied \(applied) of credit to invoice \(number).")
            return loadDetail(&ctx) + loadInvoices(&ctx)
        case .unknown:
            // The credit may have been applied: close the dialog rather than offer to send it again,
            // and re-read the invoice so its amount due tells.
            modal = nil
            ctx.flash = Flash(.error, Write.credit.lostAnswer(reread: "The invoice is re-read"))
            return loadDetail(&ctx) + loadInvoices(&ctx)
        case .refused(let error):
            dialog.sending = false
            dialog.error = error.message   // the amount typed stays
            modal = .credit(dialog)
            return []
        }
    }
}
