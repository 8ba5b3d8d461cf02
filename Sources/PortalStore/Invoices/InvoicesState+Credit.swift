import FoundationEssentials
import PortalAPI

extension InvoicesState {
    mutating func reduceCreditDialog(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        guard var dialog = creditDialog else { return [] }
        if dialog.sending { return [] }   // sent once; waits for the answer
        switch action {
        case .edit(let edit):
            guard dialog.focus == .amount else { return [] }
            dialog.amount.apply(edit)
            dialog.error = nil
            dialog.problem = check(dialog, ctx)
        case .focusNext, .focusPrevious:
            dialog.focus = dialog.focus == .amount ? .buttons : .amount
            dialog.yesFocused = false
        case .changeOption(let delta):
            guard dialog.focus == .buttons else { return [] }
            dialog.yesFocused = delta > 0
        case .submit:
            if dialog.focus == .amount {
                dialog.problem = check(dialog, ctx)
                if dialog.problem == nil { dialog.focus = .buttons; dialog.yesFocused = false }
            } else if dialog.yesFocused {
                return send(&dialog, &ctx)
            } else {
                creditDialog = nil
                return []
            }
        case .confirm:
            return send(&dialog, &ctx)
        case .dismiss, .cancelInput, .back:
            creditDialog = nil
            return []
        default:
            return []
        }
        creditDialog = dialog
        return []
    }

    /// Why the dialog's amount cannot be applied now; nil when it can.
    func check(_ dialog: CreditDialogState, _ ctx: SectionContext) -> CreditAmountProblem? {
        guard let limits = creditLimits(ctx) else { return nil }
        if case .failure(let problem) = CreditAmount.parse(dialog.amount.text, within: limits) { return problem }
        return nil
    }

    /// Sends the amount once, or keeps the dialog open on the amount with the reason it cannot.
    private mutating func send(_ dialog: inout CreditDialogState, _ ctx: inout SectionContext) -> [Effect] {
        guard let limits = creditLimits(ctx) else { creditDialog = dialog; return [] }
        switch CreditAmount.parse(dialog.amount.text, within: limits) {
        case .failure(let problem):
            dialog.problem = problem
            dialog.focus = .amount
            creditDialog = dialog
            return []
        case .success(let amount):
            dialog.problem = nil
            dialog.error = nil
            dialog.sending = true
            dialog.sentAmount = amount
            creditDialog = dialog
            return [ctx.request(.applyCredit, .applyCredit(invoiceID: dialog.invoiceID, amount: amount))]
        }
    }

    mutating func applyCreditResult(_ result: Result<ServerMessages, APIError>, _ ctx: inout SectionContext) -> [Effect] {
        guard var dialog = creditDialog else { return [] }
        ctx.refreshBalance()
        switch WriteOutcome(result) {
        case .applied:
            creditDialog = nil
            let currency = detail?.detail.value?.currency.value ?? ""
            let number = detail?.detail.value?.number.value ?? dialog.invoiceID
            let applied = dialog.sentAmount.map { Money.text($0, currency: currency, locale: ctx.locale) } ?? "Credit"
            ctx.flash = Flash(.info, "Applied \(applied) of credit to invoice \(number).")
            return loadDetail(&ctx) + loadInvoices(&ctx)
        case .unknown:
            // The credit may have been applied: close the dialog rather than offer to send it again,
            // and re-read the invoice so its amount due tells.
            creditDialog = nil
            ctx.flash = Flash(.error, Write.credit.lostAnswer(reread: "The invoice is re-read"))
            return loadDetail(&ctx) + loadInvoices(&ctx)
        case .refused(let error):
            dialog.sending = false
            dialog.error = error.message   // the amount typed stays
            creditDialog = dialog
            return []
        }
    }
}
