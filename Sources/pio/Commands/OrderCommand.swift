import ArgumentParser
import FoundationEssentials
import Glibc
import PortalAPI
import PortalStore

struct OrderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order",
        abstract: "Order a product: configure it with flags, check the estimate, place the order.",
        discussion: """
        FORM is a form id or title (see `pio product ID`). VALUE is an item id or title; a comma list of \
        them for checkboxes (empty for none); a number for quantities and sliders; ITEM:N for selectqty; \
        text otherwise (dates as YYYY-MM-DD). --set FORM=@FILE reads the value from FILE (@- reads a line of \
        stdin); encrypted fields take only @FILE, or are asked for on a terminal. The same checks as the \
        configurator apply: a refused value is named and exits 2. Without --dry-run, pio asks before ordering \
        on a terminal and needs --yes otherwise; not confirming exits 1.
        """)

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: ScriptOptions
    /// What `--json FIELDS` may select.
    static let jsonFields = ["dry_run", "product_id", "estimate", "body", "order_num", "order_id", "invoice_id", "total", "items"]
    @Argument(help: "Product id (the ID column of `pio products CATEGORY`).") var productID: String
    @Option(help: ArgumentHelp("Billing cycle: a symbol (m, q, a…) or a word (Monthly); default the product's first.",
                               valueName: "CYCLE"))
    var cycle: String?
    @Option(name: .customLong("set"), help: ArgumentHelp("Set a configurable option (repeatable).", valueName: "FORM=VALUE"))
    var settings: [String] = []
    @Option(help: ArgumentHelp("Domain or host name, when the product asks for one.", valueName: "DOMAIN"))
    var domain: String?
    @Option(name: .customLong("addon"), help: ArgumentHelp("Add an addon, in its first cycle or CYCLE (repeatable).", valueName: "ID[:CYCLE]"))
    var addons: [String] = []
    @Option(help: ArgumentHelp("Promotion code.", valueName: "CODE"))
    var promo: String?
    @Option(name: .customLong("pay-method"), help: ArgumentHelp("Payment method id.", valueName: "ID"))
    var payMethod: String?
    @Option(help: ArgumentHelp("Start from an order body, as `--dry-run --json` prints it; flags apply on top.", valueName: "FILE.json"))
    var config: String?
    @Flag(name: .customLong("dry-run"), help: "Print the estimate and the exact body; send nothing.")
    var dryRun = false
    @Flag(help: "Order without asking (needed when stdin is not a terminal).")
    var yes = false

    func run() async throws {
        let onTerminal = isatty(STDIN_FILENO) == 1
        if !dryRun && !yes && !onTerminal {
            CommandFailure(code: ExitStatus.usage, message: "an order needs confirmation: run pio order on a terminal, "
                + "or pass --yes (try --dry-run first)").exit()
        }
        let input: OrderInput
        do { input = try OrderInput(settings: settings, addons: addons, configPath: config, productID: productID) } catch { error.exit() }
        let (id, cycle, domain, payMethod, promo, dryRun, yes) = (productID, self.cycle, self.domain, self.payMethod, promo, self.dryRun, self.yes)
        try await ScriptRunner.run(connection, options, fields: Self.jsonFields) { client in
            async let code = AccountCurrencyLookup.tableCode(client, options)
            var model = Configurator(try await client.productConfiguration(productID: id))
            let extras = try input.configure(&model, cycle: cycle, domain: domain, payMethod: payMethod, promo: promo)
            if onTerminal { try OrderInput.askForSecrets(&model) }
            let problems = model.orderedProblems
            if !problems.isEmpty { throw OrderCommand.refusal(problems, model) }
            let request = model.orderRequest(payMethod: extras.payMethod, promocode: extras.promocode)
            let currency = await code
            if dryRun { return OrderOutput.dryRun(model, request, currency: currency) }
            if !yes {
                StandardError.write(OrderOutput.estimateTable(model, promocode: request.promocode, currency: currency))
                guard OrderInput.confirm(OrderOutput.question(model, currency: currency)) else {
                    throw CommandFailure(code: ExitStatus.declined, message: "not ordered")
                }
            }
            return OrderOutput.placed(currency: currency, try await SentOnce.send(.order, checkWith: "`pio services` and `pio invoices`") {
                try await client.order(productID: id, request)
            })
        }
    }

    /// Every problem on its own `pio:` line, each naming its field; encrypted fields say how to give them.
    static func refusal(_ problems: [(key: FieldKey, message: String)], _ model: Configurator) -> CommandFailure {
        let lines = problems.map { p -> String in
            guard case .form(let id) = p.key, model.field(id)?.form.kind.isSecret == true else { return p.message }
            return p.message + " Give it with --set \(id)=@FILE."
        }
        return CommandFailure(code: ExitStatus.usage, message: lines.joined(separator: "\npio: "))
    }
}
