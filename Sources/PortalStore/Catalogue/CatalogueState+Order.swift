import PortalAPI

/// Review, the confirm dialog (default "No"), the one order request and its result.
extension CatalogueState {
    mutating func reduceReview(_ pane: ConfiguratorPane, _ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        var pane = pane
        let all = ReviewForm.Focus.allCases
        func focus(_ delta: Int) {
            let n = all.count
            pane.review.focus = all[((pane.review.focus.rawValue + delta) % n + n) % n]
        }
        switch action {
        case .back, .cancelInput:
            replaceTop(.configure(pane))
            return []
        case .focusNext, .move(1): focus(1)
        case .focusPrevious, .move(-1): focus(-1)
        case .clickDialogField(let index):
            guard let clicked = ReviewForm.Focus(rawValue: index) else { return [] }
            pane.review.focus = clicked
        case .edit(let edit):
            switch pane.review.focus {
            case .promocode: pane.review.promocode.apply(edit); pane.review.promoError = nil
            case .payMethod: pane.review.payMethod.apply(edit)
            case .place: break
            }
        case .submit:
            if pane.review.focus == .place { openConfirm(pane, ctx) } else { focus(1) }
        case .review, .confirm:
            openConfirm(pane, ctx)
        default:
            break
        }
        replaceTop(.review(pane))
        return []
    }

    mutating func openConfirm(_ pane: ConfiguratorPane, _ ctx: SectionContext) {
        guard let model = pane.model else { return }
        modal = .confirmOrder(YesNoDialog(title: "Place order", lines: [
            DialogLine("Order \(model.product.name.value) (\(model.period?.cycle.label ?? ""))."),
            DialogLine("Due today (estimate): \(ctx.amounts(model.priceSummary.dueToday))", .strong),
        ], yesLabel: "Yes, order"))
    }

    mutating func reduceConfirm(_ dialog: YesNoDialog, _ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        var dialog = dialog
        switch dialog.reduce(action) {
        case .none, .changed, .submitField:
            modal = .confirmOrder(dialog)
            return []
        case .close:
            modal = nil
            return []
        case .confirm:
            guard let pane = configurator, let model = pane.model else { return [] }
            dialog.sending = true
            modal = .confirmOrder(dialog)
            updateConfigurator {
                $0.orderError = nil
                $0.orderOutcomeUnknown = false
            }
            let request = model.orderRequest(payMethod: pane.review.payMethod.text, promocode: pane.review.promocode.text)
            return [ctx.request(.order, .order(productID: pane.productID, request))]
        }
    }

    mutating func applyOrder(_ result: Result<OrderResult, APIError>, _ ctx: inout SectionContext) -> [Effect] {
        guard var pane = configurator else { return [] }
        modal = nil
        var step = CataloguePane.review
        defer { setConfigurator(pane, as: step) }
        switch WriteOutcome(result) {
        case .applied(let order):
            pane.result = order
            step = CataloguePane.ordered
            ctx.flash = nil   // the result pane says "Order … placed"; the message line does not repeat it
            ctx.refreshBalance()
        case .unknown:
            // The order may have reached the server: say so, re-read what it would have created,
            // and never send it again by itself. Every choice stays for the user to decide.
            pane.orderError = Self.unknownOrderMessage
            pane.orderOutcomeUnknown = true
            ctx.flash = Flash(.error, Write.order.lostAnswer(reread: "Services and invoices re-read"))
            ctx.refreshBalance()
            ctx.rereadAccount()
        case .refused(let error):
            guard var model = pane.model else { return [] }
            let placed = OrderFailure(error, model: model)
            model.errors = placed.fieldErrors
            pane.model = model
            pane.review.promoError = placed.promoError
            pane.orderError = placed.general
            ctx.flash = Flash(.error, "The order was not placed: " + placed.summary)
            if let first = model.visibleKeys.first(where: { placed.fieldErrors[$0] != nil }) {
                // Back to the form, on the field the server refused; every choice is still there.
                pane.focus(on: first)
                step = CataloguePane.configure
            } else if placed.promoError != nil {
                pane.review.focus = .promocode
            }
        }
        return []
    }

    static let unknownOrderMessage =
        "the connection failed after the order was sent; it may have been placed. Check Services and Invoices before ordering again."

    mutating func reduceResult(_ pane: ConfiguratorPane, _ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        switch action {
        case .open:
            guard let id = pane.result?.invoiceID else {
                ctx.flash = Flash(.info, "This order has no invoice to open.")
                return []
            }
            ctx.open = .invoice(id: id)
        case .back, .cancelInput:
            path.removeLast()
            lastConfigurator = nil
        default:
            break
        }
        return []
    }
}
