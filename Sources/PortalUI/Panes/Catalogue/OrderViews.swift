import PortalAPI
import PortalStore

/// The review (every choice, the estimate, promotion code and payment method), the confirm
/// dialog and the result of the order.
enum OrderViews {
    /// Every visible choice as "Title: value" (the review draws one per line); secrets as bullets.
    static func choices(_ model: Configurator) -> [String] {
        var out: [String] = []
        if let p = model.period { out.append("Billing cycle: \(p.cycle.label)") }
        if model.product.asksForDomain, !model.domain.text.isEmpty { out.append("Domain: \(model.domain.text)") }
        for f in model.fields where !f.hidden {
            let text: String
            switch f.value {
            case .pickOne(let id): text = f.item(id)?.title.value ?? "none"
            case .toggles(let on):
                let names = f.form.items.filter { on.contains($0.id) }.map(\.title.value)
                text = names.isEmpty ? "none" : names.joined(separator: ", ")
            case .quantity(let n): text = "\(n)"
            case .pickOneWithQuantity(let id, let n): text = "\(f.item(id)?.title.value ?? "none") × \(n)"
            case .text(let t):
                if t.text.isEmpty { continue }
                text = f.form.kind.isSecret ? String(repeating: "•", count: min(8, t.text.count)) : t.text
            case .serverDefault: text = "server default"
            }
            out.append("\(f.title): \(text)")
        }
        for e in model.addons + model.subproducts where e.chosen {
            out.append("Addon \(e.addon.title.value): \(e.period?.cycle.label ?? "")")
        }
        return out
    }

    /// `confirm`: the order's confirm dialog when it is up over the review (it holds the order being sent).
    static func drawReview(_ pane: ConfiguratorPane, confirm: YesNoDialog?, money: AmountStyle, in rect: Rect, on canvas: any Canvas) {
        guard let model = pane.model else { return }
        canvas.put(row: rect.row, col: rect.col + 1, "Review your order: \(model.product.name.value)", width: rect.width - 2,
                   style: Style(.accent, bold: true))
        let inner = rect.width - 4
        let summary = model.priceSummary
        let formRows = 4 + (pane.orderError == nil ? 0 : 1)
        // The estimate line always shows, under the choices (one per line).
        let room = max(1, rect.height - 2 - formRows - 1)
        var row = rect.row + 2
        for line in ReviewChoiceLines.lines(choices(model), width: inner, room: room - 1) {
            canvas.put(row: row, col: rect.col + 2, line, width: inner, style: .normal)
            row += 1
        }
        canvas.put(row: row, col: rect.col + 2, PriceSummaryLines.footer(summary, money: money), width: inner,
                   style: Style(.accent, bold: true))
        row += 1
        row = max(row + 1, rect.bottom - formRows)
        let labelWidth = 16
        let fields: [(String, TextFieldState, ReviewForm.Focus, String)] = [
            ("Promotion code", pane.review.promocode, .promocode, "(optional)"),
            ("Payment method", pane.review.payMethod, .payMethod, "(id, optional)"),
        ]
        for (label, field, focus, placeholder) in fields {
            let focused = pane.review.focus == focus && confirm == nil
            canvas.addTarget(.dialogField(focus.rawValue), in: Rect(row: row, col: rect.col, width: rect.width, height: 1))
            if focused { canvas.put(row: row, col: rect.col + 1, ">", style: Style(.accent, bold: true)) }
            canvas.put(row: row, col: rect.col + 3, label, width: labelWidth, style: Style(focused ? .accent : .normal, bold: focused))
            TextFieldView(field, focused: focused, placeholder: placeholder).draw(row: row, col: rect.col + 4 + labelWidth, width: 24, on: canvas)
            if focus == .promocode, let error = pane.review.promoError {
                canvas.put(row: row, col: rect.col + 30 + labelWidth, "! " + error, width: rect.right - rect.col - 31 - labelWidth, style: Style(.error, bold: true))
            }
            row += 1
        }
        let placeFocused = pane.review.focus == .place
        ButtonsView([confirm?.sending == true ? "Ordering…" : "Place order"], focused: placeFocused ? 0 : nil)
            .draw(row: row, col: rect.col + 2, width: 16, targets: [.runs(.confirm)], on: canvas)
        canvas.put(row: row, col: rect.col + 21, "Enter asks before anything is ordered.", width: rect.width - 22, style: Style(.dim))
        if let error = pane.orderError {
            canvas.put(row: row + 1, col: rect.col + 2, pane.orderErrorPrefix + error, width: inner, style: Style(.error, bold: true))
        }
    }

    static func drawConfirm(_ dialog: YesNoDialog, on canvas: any Canvas) {
        YesNoDialogView.draw(dialog, width: 62, question: "This creates an order and an invoice. Go ahead?",
                             sendingText: "Ordering…", on: canvas)
    }

    static func drawResult(_ pane: ConfiguratorPane, money: AmountStyle, in rect: Rect, on canvas: any Canvas) {
        guard let result = pane.result else { return }
        let name = pane.model?.product.name.value ?? "the product"
        var lines: [(String, Style)] = [
            ("Order " + (result.orderNumber.map { "#\($0.value) " } ?? "") + "placed for \(name).", Style(.success, bold: true)),
            ("", .normal),
        ]
        if let invoice = result.invoiceID { lines.append(("Invoice #\(invoice) was created; press i to open it.", .normal)) }
        else { lines.append(("No invoice was created (nothing to pay).", .normal)) }
        if let total = result.total { lines.append(("Total: \(money(total))", .normal)) }
        for item in result.items {
            let what = [item.type.value, item.name.value, item.domain.value].filter { !$0.isEmpty }.joined(separator: " · ")
            lines.append(("  " + what + (item.cycle.map { " (\($0.label))" } ?? ""), Style(.dim)))
        }
        lines += result.messages.sentences.map { ($0, Style(.dim)) }
        lines.append(("", .normal))
        lines.append(("Esc returns to the products.", Style(.dim)))
        for (i, (text, style)) in lines.enumerated() where i + 1 < rect.height {
            canvas.put(row: rect.row + 1 + i, col: rect.col + 2, text, width: rect.width - 4, style: style)
        }
    }
}
