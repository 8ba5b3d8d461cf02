import Foundation

/// HostBill's field logic (`fieldlogic.js`) run once over an order, in form order.
/// `show` keeps its target visible only while the condition holds, `hide` hides it only while it holds;
/// a form hidden by an earlier rule stays hidden and its own rules do not run (as pio's configurator does).
/// `setval` fills its target while the condition holds, unless the order sent a value for the target
/// (a customer may change a field after a rule set it).
struct FieldLogic {
    private(set) var visible: Set<Int>
    private(set) var selections: [Int: OrderSelection]

    init(forms: [Form], selections: [Int: OrderSelection], sent: Set<Int>) {
        visible = Set(forms.map(\.id))
        self.selections = selections
        for form in forms where visible.contains(form.id) {
            let selection = self.selections[form.id] ?? .nothing
            for rule in form.conditionals {
                let holds = FieldLogic.conditionHolds(rule.condition, value: selection.comparable, number: selection.count,
                                                      against: rule.conditionval)
                switch rule.action {
                case "show": if !holds { visible.remove(rule.target) }
                case "hide": if holds { visible.remove(rule.target) }
                case "setval":
                    guard holds, !sent.contains(rule.target), let target = forms.first(where: { $0.id == rule.target }) else { break }
                    var ignored: [String] = []
                    let set = OrderSelection.read(.string(rule.targetval), for: target, errors: &ignored)
                    if ignored.isEmpty { self.selections[rule.target] = set }
                default: break
                }
            }
        }
    }

    /// `eq` compares the text (an item id, one of the ticked ids, the number or the text); `less`/`more` compare
    /// `number` when given (a selectqty's quantity), else the text read as a number.
    static func conditionHolds(_ condition: String, value: String, number: Int? = nil, against: String) -> Bool {
        let a = number.map { Decimal($0) } ?? Decimal(string: value), b = Decimal(string: against)
        switch condition {
        case "eq": return value == against || value.split(separator: ",").contains(Substring(against))
        case "less": if let a, let b { return a < b } else { return false }
        case "more": if let a, let b { return a > b } else { return false }
        default: return false
        }
    }
}
