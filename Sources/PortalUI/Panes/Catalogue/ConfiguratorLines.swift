import FoundationEssentials
import PortalAPI
import PortalStore

/// The configurator's fields as screen lines: each form type with its control, required fields
/// marked `*`, errors under their field, and a note naming the fields conditionals hide.
enum ConfiguratorLines {
    /// The style of what the cursor is on (as `SelectView` and `ToggleView` draw it).
    static let chosen = Style(.selected, reverse: true)

    static func build(_ pane: ConfiguratorPane, _ model: Configurator, money: AmountStyle) -> [FormLine] {
        var out: [FormLine] = []
        for key in model.visibleKeys {
            let focused = pane.focus == key
            var field = lines(for: key, model, focused: focused, itemCursor: pane.itemCursor, search: pane.search, money: money)
            if !field.isEmpty { field[0].marker = focused }
            if focused, pane.typingStopped { field = field.map(\.notTyping) }
            out += field
            if let error = model.errors[key] { out.append(.note("! " + error, Style(.error, bold: true), key: key)) }
        }
        let hidden = model.fields.filter(\.hidden).map(\.title)
        if !hidden.isEmpty {
            var note = FormLine.note("Hidden by your choices: " + hidden.joined(separator: ", "), Style(.dim))
            note.spansLabel = true
            out.append(note)
        }
        return out
    }

    static func label(_ text: String, required: Bool, focused: Bool) -> (String, Style) {
        (text + (required ? " *" : ""), Style(focused ? .accent : .normal, bold: focused))
    }

    static func price(_ amount: Decimal, setup: Decimal = 0, money: AmountStyle) -> String {
        var parts: [String] = []
        if amount != 0 { parts.append("+" + money(amount)) }
        if setup != 0 { parts.append("setup " + money(setup)) }
        return parts.isEmpty ? "" : "  " + parts.joined(separator: ", ")
    }

    static func select(_ text: String, focused: Bool) -> FormLine.Segment {
        .select(SelectView(text, focused: focused))
    }

    static func lines(for key: FieldKey, _ model: Configurator, focused: Bool, itemCursor: Int, search: TextFieldState,
                      money: AmountStyle) -> [FormLine] {
        switch key {
        case .cycle:
            let (l, s) = label("Billing cycle", required: true, focused: focused)
            let p = model.period
            let text = p.map { "\($0.cycle.label) \(money($0.price))" + ($0.setup != 0 ? " + setup \(money($0.setup))" : "") } ?? "—"
            return [FormLine(key: key, label: l, labelStyle: s, control: .segments([select(text, focused: focused)]))]
        case .domain:
            let (l, s) = label("Domain", required: model.domainRequired, focused: focused)
            return [FormLine(key: key, label: l, labelStyle: s,
                             control: .text(model.domain, focused: focused, placeholder: "e.g. example.com", masked: false))]
        case .addon(let id), .subproduct(let id):
            guard let extra = (model.addons + model.subproducts).first(where: { $0.id == id }) else { return [] }
            let (l, s) = label("Addon", required: false, focused: focused)
            let cycle = extra.period.map { "\($0.cycle.label) \(money($0.price))" + ($0.setup != 0 ? " + setup \(money($0.setup))" : "") } ?? "—"
            return [FormLine(key: key, label: l, labelStyle: s, control: .segments([
                .toggle(ToggleView(.checkbox, on: extra.chosen, title: extra.addon.title.value, highlighted: focused)),
                .text("  ", .normal), select(cycle, focused: false)]), tickBox: 0)]
        case .form(let id):
            guard let f = model.field(id) else { return [] }
            return formLines(f, key: key, focused: focused, itemCursor: itemCursor, search: search, money: money)
        }
    }

    static func formLines(_ f: ConfiguratorField, key: FieldKey, focused: Bool, itemCursor: Int, search: TextFieldState,
                          money: AmountStyle) -> [FormLine] {
        let (l, s) = label(f.title, required: f.form.required, focused: focused)
        var line = FormLine(key: key, label: l, labelStyle: s)
        switch f.value {
        case .pickOne(let id):
            let item = f.item(id)
            if f.form.kind == .radio {
                var parts: [FormLine.Segment] = []
                for it in f.form.items {
                    let on = it.id == id
                    parts.append(.toggle(ToggleView(.radio, on: on, title: it.title.value + price(it.price, setup: it.setup, money: money),
                                                    highlighted: on && focused)))
                    parts.append(.text("  ", .normal))
                }
                line.control = .segments(parts)
            } else {
                let text = item.map { $0.title.value + price($0.price, setup: $0.setup, money: money) } ?? "choose one"
                var parts = [select(text, focused: focused)]
                if f.form.kind == .searchSelect {
                    let query = focused ? search.text : ""
                    parts.append(.text(query.isEmpty ? "  \(f.form.items.count) options, type to search" : "  search: \(query)", Style(.dim)))
                }
                line.control = .segments(parts)
            }
            return [line]
        case .toggles(let on):
            return f.form.items.enumerated().map { i, it in
                var row = i == 0 ? line : FormLine(key: key)
                let here = focused && i == itemCursor
                row.control = .segments([.toggle(ToggleView(.checkbox, on: on.contains(it.id), title: it.title.value, highlighted: here)),
                                         .text(price(it.price, setup: it.setup, money: money), Style(.dim))])
                row.tickBox = i
                return row
            }
        case .quantity(let n):
            let unit = f.item(f.firstItemID)
            var parts: [FormLine.Segment] = []
            if f.form.kind == .qty {
                parts.append(select("\(n)", focused: focused))
            } else {
                parts.append(.text(bar(n, f.rule), focused ? Style(.accent, bold: true) : Style(.input)))
                parts.append(.text(" \(n)", focused ? chosen : Style(.normal, bold: true)))
            }
            if let unit, unit.price != 0 { parts.append(.text("  × \(money(unit.price)) = \(money(unit.price * n))", Style(.dim))) }
            parts.append(.text("  " + range(f.rule), Style(.dim)))
            line.control = .segments(parts)
            return [line]
        case .pickOneWithQuantity(let id, let n):
            let item = f.item(id)
            let text = item.map { "\($0.title.value) \(money($0.price))" } ?? "choose one"
            line.control = .segments([select(text, focused: focused), .text("  × ", .normal), .text(" \(n) ", Style(.input, bold: focused)),
                                      .text("  " + range(f.rule), Style(.dim))])
            return [line]
        case .text(let t):
            let placeholder = f.form.kind == .datePicker ? "YYYY-MM-DD" : (f.form.kind.isSecret ? "hidden as you type" : "")
            line.control = .text(t, focused: focused, placeholder: placeholder, masked: f.form.kind.isSecret)
            return [line]
        case .serverDefault:
            line.control = .segments([.text("set by the server (\(f.form.kind.typeName) is not supported here)", Style(.dim))])
            return [line]
        }
    }

    static func range(_ rule: QuantityRule) -> String {
        if let steps = rule.sequence { return "steps " + steps.map { "\($0)" }.joined(separator: "/") }
        let top = rule.maximum.map { "–\($0)" } ?? "+"
        return "\(rule.minimum)\(top)" + (rule.step != 1 ? " step \(rule.step)" : "")
    }

    /// A 10-cell slider track with the value's position.
    static func bar(_ n: Decimal, _ rule: QuantityRule) -> String {
        let cells = 10
        var filled = 0
        if let steps = rule.sequence, let at = steps.firstIndex(of: n), steps.count > 1 {
            filled = at * cells / (steps.count - 1)
        } else if let top = rule.maximum, top > rule.minimum {
            let share = ((n - rule.minimum) / (top - rule.minimum)).approximateDouble
            filled = Int((share * Double(cells)).rounded())
        }
        filled = max(0, min(cells, filled))
        return "[" + String(repeating: "=", count: filled) + String(repeating: "-", count: cells - filled) + "]"
    }
}
