import FoundationEssentials
import PortalAPI

/// HostBill's field logic (`config.conditionals[]`): each rule compares its field's value with
/// `conditionval`; `show` keeps the target visible only while the condition holds, `hide` hides it
/// only while it holds (both invert when it does not), `setval` puts `targetval` into the target
/// when the customer's change makes the condition hold.
extension Configurator {
    /// The value a rule compares: an item id for pick-one fields, the ticked ids joined by commas,
    /// a number, or the text. selectqty compares its chosen item's id, as pio-sandbox does.
    static func comparable(_ value: FieldValue, _ field: FormField) -> (texts: [String], number: Decimal?) {
        switch value {
        case .pickOne(let id): return ([id ?? ""], id.flatMap { Decimal(string: $0) })
        case .toggles(let on):
            let ids = field.items.map(\.id).filter(on.contains)
            return ([ids.joined(separator: ",")] + ids, ids.count == 1 ? Decimal(string: ids[0]) : nil)
        case .quantity(let n): return (["\(n)"], n)
        case .pickOneWithQuantity(let id, _): return ([id ?? ""], id.flatMap { Decimal(string: $0) })
        case .text(let t): return ([t.text], Decimal(string: t.text.trimmingWhitespace()))
        case .serverDefault: return ([""], nil)
        }
    }

    static func holds(_ rule: FormConditional, for value: FieldValue, of field: FormField) -> Bool {
        let (texts, number) = comparable(value, field)
        let against = Decimal(string: rule.conditionValue.trimmingWhitespace())
        switch rule.condition {
        case .equals: return texts.contains(rule.conditionValue) || (number != nil && number == against)
        case .less: if let number, let against { return number < against } else { return false }
        case .more: if let number, let against { return number > against } else { return false }
        case .other: return false
        }
    }

    /// Recomputes which fields are hidden, in form order; a field hidden by an earlier rule has no say.
    mutating func refreshVisibility() {
        var hidden = Set<String>()
        for f in fields where !hidden.contains(f.id) {
            for rule in f.form.conditionals {
                let holds = Configurator.holds(rule, for: f.value, of: f.form)
                switch rule.action {
                case .show: if !holds { hidden.insert(rule.target) }
                case .hide: if holds { hidden.insert(rule.target) }
                case .setValue, .other: break
                }
            }
        }
        for i in fields.indices { fields[i].hidden = hidden.contains(fields[i].id) }
    }

    /// Runs the `setval` rules of the field the customer changed, then of each field they change.
    mutating func applySetValues(from id: String) {
        var pending = [id], visited = Set<String>()
        while let source = pending.popLast() {
            guard visited.insert(source).inserted, let f = field(source) else { continue }
            for rule in f.form.conditionals where rule.action == .setValue && Configurator.holds(rule, for: f.value, of: f.form) {
                guard let t = index(of: rule.target),
                      let value = try? fields[t].parse(rule.targetValue ?? ""), value != fields[t].value else { continue }
                fields[t].value = value
                pending.append(rule.target)
            }
        }
    }
}
