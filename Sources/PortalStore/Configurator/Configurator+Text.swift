import FoundationEssentials
import PortalAPI

/// A value a script (or a `setval` rule) gave that the field refuses; the message names the field.
public struct ConfiguratorInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension ConfiguratorField {
    /// The item `text` names: its id, else its title, else its value (case-insensitive).
    func matchItem(_ text: String) -> FormItem? {
        let t = text.trimmingWhitespace()
        let items = form.items
        return items.first { $0.id == t }
            ?? items.first { $0.title.value.equalsIgnoringCase(t) }
            ?? items.first { !$0.value.isEmpty && $0.value.value.equalsIgnoringCase(t) }
    }

    private var choices: String {
        form.items.map { "\($0.id) (\($0.title.value))" }.joined(separator: ", ")
    }

    private func item(named text: String) throws(ConfiguratorInputError) -> FormItem {
        guard let item = matchItem(text) else {
            throw ConfiguratorInputError("\(title) has no option \"\(text)\"; choose one of \(choices)")
        }
        return item
    }

    private func number(_ text: String) throws(ConfiguratorInputError) -> Decimal {
        let t = text.trimmingWhitespace()
        guard !t.isEmpty, t.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }), let n = Decimal(string: t) else {
            throw ConfiguratorInputError("\(title) needs a number, not \"\(text)\"")
        }
        if let problem = rule.problem(n) { throw ConfiguratorInputError("\(title) \(problem)") }
        return n
    }

    /// The value `text` stands for: an item id, title or value; a comma list of them for toggles
    /// (empty for none); a number; `ITEM:N` for selectqty; text as it is (dates as YYYY-MM-DD).
    public func parse(_ text: String) throws(ConfiguratorInputError) -> FieldValue {
        switch value {
        case .pickOne:
            if text.trimmingWhitespace().isEmpty { return .pickOne(nil) }
            return .pickOne(try item(named: text).id)
        case .toggles:
            var on = Set<String>()
            for part in text.split(separator: ",") where !part.trimmingWhitespace().isEmpty {
                on.insert(try item(named: String(part)).id)
            }
            return .toggles(on)
        case .quantity:
            return .quantity(try number(text))
        case .pickOneWithQuantity(let current, let n):
            if let colon = text.lastIndex(of: ":") {
                return .pickOneWithQuantity(try item(named: String(text[..<colon])).id, try number(String(text[text.index(after: colon)...])))
            }
            if let item = matchItem(text) { return .pickOneWithQuantity(item.id, n) }
            if Decimal(string: text.trimmingWhitespace()) != nil { return .pickOneWithQuantity(current, try number(text)) }
            throw ConfiguratorInputError("\(title) takes ITEM:NUMBER; no option \"\(text)\" among \(choices)")
        case .text(var t):
            if form.kind == .datePicker, !text.isEmpty, !DateText.isValid(text) {
                throw ConfiguratorInputError("\(title) must be a date as YYYY-MM-DD, not \"\(text)\"")
            }
            t.apply(.clear)
            t.apply(.insert(text))
            guard t.text == text else { throw ConfiguratorInputError("\(title) takes one line of at most \(t.maxLength) characters") }
            return .text(t)
        case .serverDefault:
            throw ConfiguratorInputError("\(title) is set by the server (type \"\(form.kind.typeName)\" is not supported here)")
        }
    }
}

extension Configurator {
    /// Sets one field from text, as `pio order --set KEY=VALUE` does. `key` is a form id or title,
    /// `cycle` (a symbol such as `m` or a word such as `Annually`) or `domain`.
    public mutating func set(_ key: String, to text: String) throws(ConfiguratorInputError) {
        let k = key.trimmingWhitespace()
        if k.lowercased() == "cycle" { return try setCycle(text) }
        if k.lowercased() == "domain" {
            guard product.asksForDomain else { throw ConfiguratorInputError("\(product.name.value) does not take a domain") }
            domain = TextFieldState(text, maxLength: domain.maxLength)
            errors[.domain] = nil
            return
        }
        guard let f = fields.first(where: { $0.id == k }) ?? fields.first(where: { $0.title.equalsIgnoringCase(k) }) else {
            let known = fields.map { "\($0.id) (\($0.title))" }.joined(separator: ", ")
            throw ConfiguratorInputError("\(product.name.value) has no option \"\(k)\"; its options are \(known.isEmpty ? "none" : known)")
        }
        if f.hidden { throw ConfiguratorInputError("\(f.title) is hidden by the other choices, so it cannot be set") }
        setValue(try f.parse(text), of: f.id)
    }

    /// `KEY=VALUE` as given on the command line.
    public mutating func set(assignment: String) throws(ConfiguratorInputError) {
        guard let eq = assignment.firstIndex(of: "=") else {
            throw ConfiguratorInputError("\"\(assignment)\" is not FORM=VALUE")
        }
        try set(String(assignment[..<eq]), to: String(assignment[assignment.index(after: eq)...]))
    }

    public mutating func setCycle(_ text: String) throws(ConfiguratorInputError) {
        let wanted = BillingCycle(text.trimmingWhitespace())
        guard let i = product.cycles.firstIndex(where: { $0.cycle.raw == wanted.raw || ($0.cycle.symbol != nil && $0.cycle.symbol == wanted.symbol) }) else {
            let offered = product.cycles.map { "\($0.cycle.symbol ?? $0.cycle.raw) (\($0.cycle.label))" }.joined(separator: ", ")
            throw ConfiguratorInputError("Billing cycle \"\(text)\" is not offered; choose one of \(offered)")
        }
        cycleIndex = i
        errors[.cycle] = nil
    }

    /// Ticks an addon (`--addon ID[:CYCLE]`), optionally in a given cycle.
    public mutating func chooseAddon(_ id: String, cycle: String? = nil) throws(ConfiguratorInputError) {
        guard let i = addons.firstIndex(where: { $0.id == id }) else {
            let known = addons.map { "\($0.id) (\($0.addon.title.value))" }.joined(separator: ", ")
            throw ConfiguratorInputError("\(product.name.value) has no addon \(id); its addons are \(known.isEmpty ? "none" : known)")
        }
        addons[i].chosen = true
        if let cycle {
            let wanted = BillingCycle(cycle)
            guard let c = addons[i].addon.cycles.firstIndex(where: { $0.cycle.raw == wanted.raw || ($0.cycle.symbol != nil && $0.cycle.symbol == wanted.symbol) }) else {
                let offered = addons[i].addon.cycles.map { $0.cycle.symbol ?? $0.cycle.raw }.joined(separator: ", ")
                throw ConfiguratorInputError("Addon \(addons[i].addon.title.value) is not offered \(wanted.label); choose one of \(offered)")
            }
            addons[i].cycleIndex = c
        }
        errors[.addon(id)] = nil
    }
}

extension FormKind {
    /// The type as HostBill names it, for messages.
    public var typeName: String {
        switch self {
        case .unknown(let raw): return raw
        case .searchSelect: return "searchselect"
        case .multiCheckbox: return "multicheckbox"
        case .sliderInput: return "sliderinput"
        case .sliderSequenced: return "slidersequenced"
        case .selectQty: return "selectqty"
        case .encryptedInput: return "encryptedinput"
        case .encryptedPassword: return "encryptedpassword"
        case .datePicker: return "datepicker"
        default: return "\(self)"
        }
    }
}

/// `YYYY-MM-DD` with a real month and day.
enum DateText {
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days
    }
}
