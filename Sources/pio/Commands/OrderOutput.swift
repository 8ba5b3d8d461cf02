import FoundationEssentials
import PortalAPI
import PortalStore

/// What `pio order` prints: the estimate and body of a dry run, the question before ordering, the result.
enum OrderOutput {
    static func estimateTable(_ model: Configurator, promocode: String?, currency: String) -> String {
        let s = model.priceSummary
        var f = Fields()
        f.add("Product", "\(Format.text(model.product.name)) (id \(model.product.id))")
        f.add("Cycle", model.period?.cycle.label ?? "-")
        if model.product.asksForDomain { f.add("Domain", model.domain.text.isEmpty ? "-" : model.domain.text) }
        var lines = Table(headers: ["ITEM", "CYCLE", AccountCurrencyLookup.title("PRICE", currency),
                                    AccountCurrencyLookup.title("SETUP", currency)], rightAligned: [2, 3])
        lines.rows = s.lines.map { [Format.text($0.label), $0.cycle.label, Format.money($0.recurring), Format.money($0.setup)] }
        var totals = Fields()
        totals.add("Recurring", s.recurring.map { "\(Format.money($0.amount, currency)) \($0.cycle.label)" }.joined(separator: ", "))
        totals.add("Setup fees", Format.money(s.setup, currency))
        totals.add("Due today", "\(Format.money(s.dueToday, currency)) (estimate; the invoice decides)")
        if let promocode { totals.add("Promotion", "\(promocode) (the server applies it; not in the estimate)") }
        return f.rendered + "\n" + lines.rendered + "\n" + totals.rendered
    }

    static func estimateJSON(_ model: Configurator) -> JSONValue {
        let s = model.priceSummary
        return .object([
            "lines": .array(s.lines.map { l in
                .object(["label": .text(l.label), "cycle": .string(l.cycle.symbol ?? l.cycle.raw),
                         "price": .money(l.recurring), "setup": .money(l.setup)])
            }),
            "recurring": .array(s.recurring.map { r in
                .object(["cycle": .string(r.cycle.symbol ?? r.cycle.raw), "cycle_label": .string(r.cycle.label), "amount": .money(r.amount)])
            }),
            "setup": .money(s.setup), "due_today": .money(s.dueToday), "is_estimate": .bool(true),
        ])
    }

    /// `--dry-run`: the estimate and the body as it would be sent (encrypted values as `***`).
    static func dryRun(_ model: Configurator, _ request: OrderRequest, currency: String) -> ScriptOutput {
        let body = model.maskedBody(request)
        let table = estimateTable(model, promocode: request.promocode, currency: currency)
            + "\nBody of POST /order/\(model.product.id) (not sent; encrypted values shown as \(Configurator.maskedSecret)):\n"
            + String(decoding: body.encoded(), as: UTF8.self) + "\n"
        let json: JSONValue = .object(["dry_run": .bool(true), "product_id": .string(model.product.id),
                                       "estimate": estimateJSON(model), "body": body])
        return ScriptOutput(json: json, table: table)
    }

    static func question(_ model: Configurator, currency: String) -> String {
        "Order \(Format.text(model.product.name)) for \(Format.money(model.priceSummary.dueToday, currency)) due today (estimate)?"
    }

    static func placed(currency: String, _ result: OrderResult) -> ScriptOutput {
        var f = Fields()
        f.add("Order", result.orderNumber.map(Format.text) ?? result.orderID ?? "-")
        f.add("Invoice", result.invoiceID ?? "none (nothing to pay)")
        f.add("Total", result.total.map { Format.money($0, currency) } ?? "-")
        for item in result.items {
            let domain = item.domain.isEmpty ? "" : " (\(item.domain.value))"
            f.add("Item", "\(Format.text(item.name))\(domain)" + (item.id.map { ", service \($0)" } ?? ""))
        }
        let json: JSONValue = .object([
            "order_num": .optionalText(result.orderNumber?.value), "order_id": .optionalText(result.orderID),
            "invoice_id": .optionalText(result.invoiceID), "total": .money(result.total),
            "items": .array(result.items.map { i in
                .object(["id": .optionalText(i.id), "type": .text(i.type), "name": .text(i.name), "domain": .text(i.domain),
                         "cycle": .optionalText(i.cycle.map { $0.symbol ?? $0.raw })])
            }),
        ])
        return ScriptOutput(json: json, table: f.rendered)
    }
}
