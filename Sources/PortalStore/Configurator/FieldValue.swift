import FoundationEssentials
import PortalAPI

/// What the customer chose for one configurable option, shaped by the form's `FormSubmission`.
public enum FieldValue: Sendable, Equatable {
    /// select / radio / searchselect: the chosen item's id, or nothing chosen yet.
    case pickOne(String?)
    /// checkbox / multicheckbox: the ids of the ticked items.
    case toggles(Set<String>)
    /// qty and the sliders: a number.
    case quantity(Decimal)
    /// selectqty: the chosen item and how many.
    case pickOneWithQuantity(String?, Decimal)
    /// input / textarea / encrypted inputs / datepicker.
    case text(TextFieldState)
    /// A type this client does not know: shown read-only, the server's default applies.
    case serverDefault

    public var text: String? {
        if case .text(let t) = self { return t.text }
        return nil
    }

    public var quantity: Decimal? {
        switch self {
        case .quantity(let n), .pickOneWithQuantity(_, let n): return n
        default: return nil
        }
    }

    public var chosenItemID: String? {
        switch self {
        case .pickOne(let id), .pickOneWithQuantity(let id, _): return id
        default: return nil
        }
    }
}

extension FieldValue {
    /// The value the server pre-selects for `field`: ticked items, `value[]`, `initialval`, `min`.
    static func initial(for field: FormField, rule: QuantityRule) -> FieldValue {
        let itemIDs = Set(field.items.map(\.id))
        let selected = field.items.filter(\.selected).map(\.id)
        let listed = field.defaultValues.filter(itemIDs.contains)
        switch field.kind.submission {
        case .pickOne:
            return .pickOne(selected.first ?? listed.first)
        case .toggles:
            return .toggles(Set(selected + listed))
        case .quantity:
            return .quantity(rule.initial(defaults: field.defaultValues.filter { !itemIDs.contains($0) }))
        case .pickOneWithQuantity:
            // Like the cart's dropdown, it always shows an item: the first when none is pre-selected.
            return .pickOneWithQuantity(selected.first ?? listed.first ?? field.items.first?.id, rule.initial(defaults: []))
        case .text:
            let text = field.defaultValues.first { !itemIDs.contains($0) } ?? ""
            return .text(TextFieldState(text, maxLength: field.kind == .textarea ? 4000 : 255))
        case .readOnly:
            return .serverDefault
        }
    }
}
