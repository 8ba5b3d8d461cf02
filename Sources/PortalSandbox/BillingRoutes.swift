import Foundation

/// `GET /balance`, `GET /invoice`, `GET /invoice/{id}`, `POST /invoice/{id}/credit`.
enum BillingRoutes {
    static let routes: [Route] = [
        Route("GET", "balance", .signedIn, balance),
        Route("GET", "invoice", .signedIn, list),
        Route("GET", "invoice/:id", .signedIn, detail),
        Route("POST", "invoice/:id/credit", .signedIn, applyCredit),
    ]

    static func balance(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        .ok(["success": true, "details": [
            "currency": .string(state.shapes.balanceCurrency ? state.account.currency : ""),
            "acc_balance": Money.string(state.accountBalance),
            "acc_credit": Money.string(state.account.credit.value),
        ]])
    }

    static func list(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        .ok(["invoices": .array(state.invoices.map { InvoiceJSON.listEntry($0, currency: state.account.currency) })])
    }

    static func detail(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        guard let i = state.invoiceIndex(call.id) else { return .error("invalid_invoice_id") }
        return .ok(["invoice": InvoiceJSON.detail(state.invoices[i], account: state.account)])
    }

    /// Without `amount`, applies as much credit as the invoice still needs.
    static func applyCredit(_ state: inout SandboxState, _ call: SandboxCall) -> Reply {
        guard let i = state.invoiceIndex(call.id) else { return .error("invalid_invoice_id") }
        guard state.invoices[i].status == "Unpaid" else { return .error("invoice_not_unpaid") }
        let credit = state.account.credit.value
        let due = state.invoices[i].balance
        var amount: Decimal
        if let raw = call[param: "amount"], raw != .null, raw.text?.isEmpty == false {
            guard let requested = raw.decimal, requested > 0 else { return .error("invalid_amount") }
            guard requested <= credit else { return .error("not_enough_credit") }
            amount = min(requested, due)
        } else {
            guard credit > 0 else { return .error("not_enough_credit") }
            amount = min(credit, due)
        }
        amount = Money.rounded(amount)
        state.account.credit = Amount(credit - amount)
        state.invoices[i].credit = Amount(state.invoices[i].credit.value + amount)
        if state.invoices[i].balance <= 0 {
            state.invoices[i].status = "Paid"
            state.invoices[i].datepaid = SandboxClock.timestamp(call.now)
            ServiceRoutes.activatePaid(&state, invoice: state.invoices[i])
        }
        return .success("credit_applied", [
            .init(key: "amount", value: Money.string(amount)),
            .init(key: "invoice_status", value: .string(state.invoices[i].status)),
            .init(key: "acc_credit", value: Money.string(state.account.credit.value)),
        ])
    }
}

/// HostBill's invoice shapes: strings in the list, numbers in the detail.
enum InvoiceJSON {
    static func listEntry(_ inv: Invoice, currency: String) -> JSON {
        [
            "id": .string(String(inv.id)),
            "date": .string(inv.date),
            "dateorig": .string(inv.date),
            "duedate": .string(inv.duedate),
            "paybefore": .string(inv.duedate),
            "total": Money.string(inv.total),
            "datepaid": .string(inv.datepaid ?? "0000-00-00 00:00:00"),
            "status": .string(inv.status),
            "merge_id": .null,
            "number": .string(inv.number),
            "currency": .string(currency),
        ]
    }

    static func detail(_ inv: Invoice, account: Account) -> JSON {
        let c = account.client
        return [
            "id": .string(String(inv.id)),
            "status": .string(inv.status),
            "date": .string(inv.date),
            "duedate": .string(inv.duedate),
            "paybefore": .string(inv.duedate),
            "datepaid": .string(inv.datepaid ?? "0000-00-00 00:00:00"),
            "subtotal": Money.number(inv.subtotal),
            "credit": Money.number(inv.credit.value),
            "tax": Money.number(inv.tax),
            "taxrate": Money.number(inv.taxrate.value),
            "tax2": 0,
            "taxrate2": 0,
            "taxexempt": "0",
            "total": Money.number(inv.total),
            "balance": Money.number(inv.balance),
            "rate": 1,
            "rate2": 0,
            "rate3": 1,
            "notes": .string(inv.notes),
            "items": .array(inv.items.map { item in
                [
                    "id": .string(String(item.id)),
                    "invoice_id": .string(String(inv.id)),
                    "type": .string(item.type),
                    "item_id": .string(String(item.itemId)),
                    "description": .string(item.description),
                    "amount": Money.string(item.amount.value),
                    "taxed": item.taxed ? "1" : "0",
                    "qty": Money.string(item.qty.value),
                    "linetotal": Money.string(item.amount.value * item.qty.value),
                ]
            }),
            "client": [
                "id": .string(String(c.id)), "email": .string(account.email), "firstname": .string(c.firstname),
                "lastname": .string(c.lastname), "companyname": .string(c.companyname), "address1": .string(c.address1),
                "address2": .string(c.address2), "city": .string(c.city), "state": .string(c.state),
                "postcode": .string(c.postcode), "country": .string(c.country), "phonenumber": .string(c.phonenumber),
            ],
            "number": .string(inv.number),
            "currency": .string(account.currency),
        ]
    }
}
