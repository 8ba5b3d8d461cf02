import ArgumentParser
import FoundationEssentials
import Glibc
import PortalAPI
import PortalStore

struct CreditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credit", abstract: "Apply account credit to an unpaid invoice.",
        discussion: "Without --amount, applies what pays the invoice in full, or all the credit when that is less. "
            + "Asks before applying on a terminal; without one, --yes is required. Declining applies nothing and exits 1.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: ScriptOptions
    /// What `--json FIELDS` may select.
    static let jsonFields = ["invoice_id", "number", "applied", "currency", "invoice_status", "amount_due", "credit"]
    @Argument(help: "Invoice id (the ID column of `pio invoices`).", completion: .custom(Completions.invoices)) var id: String
    @Option(name: .long, help: ArgumentHelp("Amount to apply, with the locale's decimal mark (12.50; 12,50 in German).", valueName: "AMOUNT"))
    var amount: String?
    @Flag(name: .long, help: "Apply without asking (required when stdin is not a terminal).") var yes = false

    func validate() throws {
        // The locale is not known before the settings are read: an amount either table reads passes
        // here, and is read in the locale's own form once it is (`amount(_:invoice:balance:)`).
        if let amount, case .failure(let problem) = CreditAmount.number(amount),
           case .failure = CreditAmount.number(amount, locale: .de) {
            throw ValidationError("--amount: " + problem.message)
        }
        let value = amount.flatMap { (try? CreditAmount.number($0).get()) ?? (try? CreditAmount.number($0, locale: .de).get()) }
        if let value, value <= 0 {
            throw ValidationError("--amount: " + (value < 0 ? CreditAmountProblem.negative : .zero).message)
        }
        if !yes && isatty(STDIN_FILENO) != 1 {
            throw ValidationError("not a terminal: add --yes to apply credit without being asked")
        }
    }

    func run() async throws {
        let id = self.id, typed = self.amount, ask = !yes
        try await ScriptRunner.run(connection, options, fields: Self.jsonFields) { client in
            async let invoiceCall = client.invoice(id: id)
            async let balanceCall = client.balance()
            let (invoice, balance) = try await (invoiceCall, balanceCall)
            let amount = try CreditCommand.amount(typed, invoice: invoice, balance: balance)
            let limits = CreditCommand.limits(invoice, balance)
            if ask && !CreditCommand.confirm("Apply \(limits.text(amount)) of credit to invoice \(Format.text(invoice.number)) "
                                             + "(id \(invoice.id), \(limits.text(invoice.amountDue)) due; credit \(limits.text(balance.credit)))?") {
                throw CommandFailure(code: ExitStatus.declined, message: "not applied")
            }
            _ = try await SentOnce.send(.credit, checkWith: "`pio invoice \(invoice.id)`") {
                try await client.applyCredit(invoiceID: invoice.id, amount: amount)
            }
            do {
                async let after = client.invoice(id: id)
                async let credit = client.balance()
                return CreditCommand.output(applied: amount, invoice: try await after, balance: try await credit)
            } catch {
                // Applied: a failed re-read must not exit as a failure, or a script would apply it again.
                let why = (error as? APIError)?.message ?? "\(error)"
                StandardError.write("pio: the credit was applied; reading the invoice afterwards failed (\(why)) "
                                    + "See it with `pio invoice \(invoice.id)`.\n")
                return CreditCommand.appliedOnly(amount, invoice: invoice, limits: limits)
            }
        }
    }

    /// What is known when the invoice could not be read after applying: the amount and the invoice.
    static func appliedOnly(_ applied: Decimal, invoice: InvoiceDetail, limits: CreditLimits) -> ScriptOutput {
        var f = Fields()
        f.add("Applied", limits.text(applied))
        f.add("Invoice", "\(Format.text(invoice.number)) (id \(invoice.id))")
        return ScriptOutput(json: .object([
            "invoice_id": .string(invoice.id), "number": .text(invoice.number), "applied": .money(applied),
            "currency": .text(invoice.currency), "invoice_status": .null, "amount_due": .null, "credit": .null,
        ]), table: f.rendered)
    }

    static func limits(_ invoice: InvoiceDetail, _ balance: Balance) -> CreditLimits {
        CreditLimits(credit: balance.credit, due: invoice.amountDue, currency: invoice.currency.value, locale: Format.locale)
    }

    /// The amount to send: the typed one checked against credit and amount due, or the proposal.
    /// An invoice that is not unpaid, or no credit at all, is a server-side state (exit 5); an amount
    /// the limits rule out is a bad option (exit 2).
    static func amount(_ typed: String?, invoice: InvoiceDetail, balance: Balance) throws -> Decimal {
        guard invoice.isUnpaid else {
            throw CommandFailure(code: ExitStatus.server,
                                 message: "invoice \(Format.text(invoice.number)) is \(invoice.status.label): credit applies only to unpaid invoices")
        }
        let limits = limits(invoice, balance)
        if let typed {
            switch CreditAmount.parse(typed, within: limits) {
            case .success(let amount): return amount
            case .failure(let problem): throw CommandFailure(code: ExitStatus.usage, message: "--amount: " + problem.message)
            }
        }
        guard let proposed = limits.proposed else {
            throw CommandFailure(code: ExitStatus.server, message: "no credit to apply (credit \(limits.text(balance.credit)))")
        }
        return proposed
    }

    /// Asks on stderr, reads stdin; only "y" or "yes" confirm.
    static func confirm(_ question: String) -> Bool {
        StandardError.write(question + " [y/N] ")
        let answer = readLine()?.trimmingWhitespace().lowercased() ?? ""
        return answer == "y" || answer == "yes"
    }

    static func output(applied: Decimal, invoice: InvoiceDetail, balance: Balance) -> ScriptOutput {
        let limits = limits(invoice, balance)
        var f = Fields()
        f.add("Applied", limits.text(applied))
        f.add("Invoice", "\(Format.text(invoice.number)) (id \(invoice.id))")
        f.add("Status", invoice.status.label)
        f.add("Amount due", limits.text(invoice.amountDue))
        f.add("Credit left", limits.text(balance.credit))
        return ScriptOutput(json: .object([
            "invoice_id": .string(invoice.id), "number": .text(invoice.number), "applied": .money(applied),
            "currency": .text(invoice.currency), "invoice_status": .string(invoice.status.label),
            "amount_due": .money(invoice.amountDue), "credit": .money(balance.credit),
        ]), table: f.rendered)
    }
}
