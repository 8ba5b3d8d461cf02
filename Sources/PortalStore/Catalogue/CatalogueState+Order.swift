import PortalAPI

/// Review, the confirm dialog (default "No"), the one order request and its result.
extension CatalogueState {
    mutating func reduceReview(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        guard var pane = configurator else { return [] }
        defer { configurator = pane }
        let all = ReviewForm.Focus.allCases
        func focus(_ delta: Int) {
            let n = all.count
            pane.review.focus = all[((pane.review.focus.rawValue + delta) % n + n) % n]
        }
        switch action {
        case .back, .cancelInput:
            stack.removeLast()
        case .focusNext, .move(1): focus(1)
        case .focusPrevious, .move(-1): focus(-1)
        case .edit(let edit):
            switch pane.review.focus {
            case .promocode: pane.review.promocode.apply(edit); pane.review.promoError = nil
            case .payMethod: pane.review.payMethod.apply(edit)
            case .place: break
            }
        case .submit:
            if pane.review.focus == .place { openConfirm(&pane, ctx) } else { focus(1) }
        case .review, .confirm:
            openConfirm(&pane, ctx)
        default:
            break
        }
        return []
    }

    func openConfirm(_ pane: inout ConfiguratorPane, _ ctx: SectionContext) {
        guard let model = pane.model, !pane.sending else { return }
        pane.confirm = YesNoDialog(title: "Place order", lines: [
            DialogLine("Order \(model.product.name.value) (\(model.period?.cycle.label ?? ""))."),
            DialogLine("Due today (estimate): \(ctx.amounts(model.priceSummary.dueToday))", .strong),
        ], yesLabel: "Yes, order")
    }

    mutating func reduceConfirm(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        guard var pane = configurator, var dialog = pane.confirm else { return [] }
        defer { configurator = pane }
        switch dialog.reduce(action) {
        case .none, .changed, .submitField: pane.confirm = dialog
        case .close: pane.confirm = nil
        case .confirm: return placeOrder(&pane, &dialog, &ctx)
        }
        return []
    }

    func placeOrder(_ pane: inout ConfiguratorPane, _ dialog: inout YesNoDialog, _ ctx: inout SectionContext) -> [Effect] {
        guard let model = pane.model else { return [] }
        dialog.sending = true
        pane.confirm = dialog
        pane.orderError = nil
        pane.orderOutcomeUnknown = false
        let request = model.orderRequest(payMethod: pane.review.payMethod.text, promocode: pane.review.promocode.text)
        return [ctx.request(.order, .order(productID: pane.productID, request))]
    }

    mutating func applyOrder(_ result: Result<OrderResult, APIError>, _ ctx: inout SectionContext) -> [Effect] {
        guard var pane = configurator else { return [] }
        defer { configurator = pane }
        pane.confirm = nil
        switch WriteOutcome(result) {
        case .applied(let order):
            pane.result = order
            stack.removeAll { if case .review = $0 { return true }; if case .configure = $0 { return true }; return false }
            stack.append(.ordered(productID: pane.productID))
            ctx.flash = Flash(.info, "Order \(order.orderNumber.map { "#\($0.value) " } ?? "")placed.")
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
                if case .review = route { stack.removeLast() }
            } else if placed.promoError != nil {
                pane.review.focus = .promocode
            }
        }
        return []
    }

    static let unknownOrderMessage =
        "the connection failed after the order was sent; it may have been placed. Check Services and Invoices before ordering again."

    mutating func reduceResult(_ action: Action, _ ctx: inout SectionContext) -> [Effect] {
        switch action {
        case .open:
            guard let id = configurator?.result?.invoiceID else {
                ctx.flash = Flash(.info, "This order has no invoice to open.")
                return []
            }
            ctx.open = .invoice(id: id)
        case .back, .cancelInput:
            stack.removeLast()
            configurator = nil
        default:
            break
        }
        return []
    }
}
