import PortalAPI

extension InvoicesState {
    /// Keys on the open invoice (`pane`, on top of the path).
    mutating func reduceDetail(_ pane: InvoiceDetailState, _ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        switch action {
        case .move(let delta): scrollDetail(to: pane.scroll + delta, ctx)
        case .page(let pages): scrollDetail(to: pane.scroll + pages * Self.documentRows(ctx), ctx)
        case .halfPage(let halves): scrollDetail(to: pane.scroll + halves * max(1, Self.documentRows(ctx) / 2), ctx)
        case .moveToFirst: scrollDetail(to: 0, ctx)
        case .moveToLast: scrollDetail(to: Int.max / 2, ctx)
        case .beginCredit: return beginCredit(&ctx)
        case .refresh:
            ctx.refreshBalance()
            return loadDetail(&ctx)
        case .back:
            lastDetail = pane
            path.removeLast()
        default:
            break
        }
        return []
    }

    /// Document rows on screen: the section's area (all but header, message line and status bar)
    /// less the line that offers the invoice's actions.
    static func documentRows(_ ctx: SectionContext) -> Int { max(1, ctx.height - 4) }

    /// The open invoice laid out at the current width (nil until it has loaded).
    func document(width: Int, locale: MoneyLocale) -> InvoiceDocument? {
        detail?.detail.value.map { InvoiceDocument($0, width: width, today: today, locale: locale) }
    }

    mutating func scrollDetail(to target: Int, _ ctx: SectionContext) {
        guard let doc = document(width: ctx.width, locale: ctx.locale) else { return }
        updateDetail { $0.scroll = max(0, min(target, doc.rows.count - Self.documentRows(ctx))) }
    }

    mutating func clampDetailScroll(_ ctx: SectionContext) { scrollDetail(to: detail?.scroll ?? 0, ctx) }

    /// What bounds credit on the open invoice: the account's credit and what the invoice still needs.
    func creditLimits(_ ctx: SectionContext) -> CreditLimits? {
        guard let invoice = detail?.detail.value, let balance = ctx.balance else { return nil }
        return CreditLimits(credit: balance.credit, due: invoice.amountDue, currency: invoice.currency.value, locale: ctx.locale)
    }

    /// Opens the dialog with the proposal, or says why credit cannot be applied here.
    mutating func beginCredit(_ ctx: inout SectionContext) -> [Effect] {
        guard let invoice = detail?.detail.value else { return [] }
        guard invoice.isUnpaid else {
            ctx.flash = Flash(.error, "Credit applies only to unpaid invoices; this one is \(invoice.status.label).")
            return []
        }
        guard let limits = creditLimits(ctx) else {
            ctx.flash = Flash(.error, "Your credit is not known yet; it is being loaded, try again in a moment.")
            ctx.refreshBalance()
            return []
        }
        guard let proposed = limits.proposed else {
            ctx.flash = Flash(.error, limits.credit <= 0 ? "No credit to apply: your credit is \(limits.text(limits.credit))."
                                                         : "Nothing is left to pay on this invoice.")
            return []
        }
        modal = .credit(.credit(invoiceID: invoice.id, number: invoice.number.value, amount: limits.field(proposed)))
        return []
    }
}
