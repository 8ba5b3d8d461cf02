import ArgumentParser
import PortalAPI

struct ProductCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "product", abstract: "Show a product's configuration: cycles, options, addons.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: ScriptOptions
    /// What `--json FIELDS` may select.
    static let jsonFields = ["id", "name", "category", "category_id", "asks_for_domain", "cycles", "forms", "addons",
                             "subproducts"]
    @Argument(help: "Product id (the ID column of `pio products CATEGORY`).") var id: String

    func run() async throws {
        let id = self.id
        try await ScriptRunner.run(connection, options, fields: Self.jsonFields) { client in
            async let code = AccountCurrencyLookup.tableCode(client, options)
            let c = try await client.productConfiguration(productID: id)
            let currency = await code
            let price = AccountCurrencyLookup.title("PRICE", currency), setup = AccountCurrencyLookup.title("SETUP", currency)
            var f = Fields()
            f.add("Product", "\(Format.text(c.name)) (id \(c.id))")
            f.add("Category", Format.text(c.categoryName))
            f.add("Domain", c.asksForDomain ? "required" : "not asked")
            var cycles = Table(headers: ["CYCLE", price, setup], rightAligned: [1, 2])
            cycles.rows = c.cycles.map { [$0.cycle.label, Format.money($0.price), Format.money($0.setup)] }
            var opts = Table(headers: ["FORM", "OPTION", "TYPE", "ITEM", "CHOICE", price, setup], rightAligned: [5, 6])
            for form in c.forms {
                let type = ProductCommand.typeName(form.kind)
                if form.items.isEmpty { opts.rows.append([form.id, form.title.value, type, "-", "-", "-", "-"]) }
                for item in form.items {
                    opts.rows.append([form.id, form.title.value, type, item.id, item.title.value, Format.money(item.price), Format.money(item.setup)])
                }
            }
            var addons = Table(headers: ["ADDON", "NAME", "CYCLE", price, setup], rightAligned: [3, 4])
            for a in c.addons + c.subproducts {
                for p in a.cycles { addons.rows.append([a.id, a.title.value, p.cycle.label, Format.money(p.price), Format.money(p.setup)]) }
            }
            let table = f.rendered + "\n" + cycles.rendered + "\n" + opts.rendered + "\n" + addons.rendered
            return ScriptOutput(json: ProductCommand.json(c), table: table)
        }
    }

    static func typeName(_ k: FormKind) -> String {
        switch k {
        case .select: return "select"
        case .radio: return "radio"
        case .searchSelect: return "searchselect"
        case .checkbox: return "checkbox"
        case .multiCheckbox: return "multicheckbox"
        case .qty: return "qty"
        case .slider: return "slider"
        case .sliderInput: return "sliderinput"
        case .sliderSequenced: return "slidersequenced"
        case .selectQty: return "selectqty"
        case .input: return "input"
        case .textarea: return "textarea"
        case .encryptedInput: return "encryptedinput"
        case .encryptedPassword: return "encryptedpassword"
        case .datePicker: return "datepicker"
        case .unknown(let raw): return raw
        }
    }

    static func json(_ c: ProductConfiguration) -> JSONValue {
        func item(_ i: FormItem) -> JSONValue {
            .object(["id": .string(i.id), "title": .text(i.title), "price": .money(i.price), "setup": .money(i.setup), "selected": .bool(i.selected)])
        }
        func addon(_ a: Addon) -> JSONValue {
            .object(["id": .string(a.id), "title": .text(a.title), "description": .text(a.description),
                     "cycles": .array(a.cycles.map(ProductsCommand.period))])
        }
        return .object([
            "id": .string(c.id), "name": .text(c.name), "category": .text(c.categoryName), "category_id": .string(c.categoryID),
            "asks_for_domain": .bool(c.asksForDomain), "cycles": .array(c.cycles.map(ProductsCommand.period)),
            "forms": .array(c.forms.map { f in
                .object(["id": .string(f.id), "title": .text(f.title), "type": .string(typeName(f.kind)), "required": .bool(f.required),
                         "description": .text(f.description), "items": .array(f.items.map(item))])
            }),
            "addons": .array(c.addons.map(addon)), "subproducts": .array(c.subproducts.map(addon)),
        ])
    }
}
