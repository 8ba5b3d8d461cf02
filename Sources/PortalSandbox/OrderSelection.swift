/// What the customer chose for one configurable option, read leniently from `custom[<formId>]`.
enum OrderSelection: Equatable {
    case item(Int)
    case items([Int])
    case quantity(Int)
    /// selectqty: the chosen item and how many.
    case itemQuantity(item: Int, count: Int)
    case text(String)
    case nothing

    /// The value conditionals compare against (a selectqty compares its item id).
    var comparable: String {
        switch self {
        case .item(let id): return String(id)
        case .items(let ids): return ids.isEmpty ? "" : ids.map(String.init).joined(separator: ",")
        case .quantity(let n): return String(n)
        case .itemQuantity(let id, _): return String(id)
        case .text(let t): return t
        case .nothing: return ""
        }
    }

    var isEmpty: Bool {
        switch self {
        case .item, .quantity, .itemQuantity: return false
        case .items(let ids): return ids.isEmpty
        case .text(let t): return t.trimmingCharacters(in: .whitespaces).isEmpty
        case .nothing: return true
        }
    }

    /// The number bounds apply to, for quantity types.
    var count: Int? {
        switch self {
        case .quantity(let n), .itemQuantity(_, let n): return n
        default: return nil
        }
    }

    /// The form's value when the order sends nothing for it.
    static func defaultValue(for form: Form) -> OrderSelection {
        let selected = form.items.first(where: \.selected)
        switch form.kind {
        case .pickOne: return selected.map { .item($0.id) } ?? .nothing
        case .toggles: return .items(form.items.filter(\.selected).map(\.id))
        case .quantity: return .quantity(form.initial ?? form.min ?? 0)
        case .pickWithQuantity:
            return (selected ?? form.items.first).map { .itemQuantity(item: $0.id, count: form.initial ?? form.min ?? 0) } ?? .nothing
        case .text: return .text("")
        case .unsupported: return .nothing
        }
    }

    /// Reads the submitted value for `form`, or its default when nothing was sent.
    /// Appends a readable message to `errors` when the value names an unknown item or is not a number.
    /// Messages never repeat the submitted value (it may be a secret).
    static func read(_ raw: JSON?, for form: Form, errors: inout [String]) -> OrderSelection {
        guard let raw, raw != .null else { return defaultValue(for: form) }
        let knownIds = Set(form.items.map(\.id))
        func itemId(_ text: String) -> Int? {
            guard let id = Int(text), knownIds.contains(id) else {
                errors.append("Invalid option for \"\(form.title)\"")
                return nil
            }
            return id
        }
        func whole(_ json: JSON?) -> Int? {
            guard let n = json?.text.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                errors.append("\"\(form.title)\" must be a whole number")
                return nil
            }
            return n
        }
        switch form.kind {
        case .pickOne:
            let text = raw.objectFields?.first(where: { $0.value.truthy })?.key ?? raw.text ?? ""
            if text.isEmpty { return .nothing }
            return itemId(text).map(OrderSelection.item) ?? .nothing
        case .toggles:
            var texts: [String] = []
            if let fields = raw.objectFields {
                texts = fields.filter { $0.value.truthy }.map(\.key)
            } else if let values = raw.arrayValues {
                texts = values.compactMap(\.text)
            } else if let t = raw.text, !t.isEmpty, t != "0" {
                texts = [t]
            }
            return .items(texts.compactMap(itemId))
        case .quantity:
            let inner = raw.objectFields?.first
            if let inner, itemId(inner.key) == nil { return .nothing }
            return whole(inner?.value ?? raw).map(OrderSelection.quantity) ?? .nothing
        case .pickWithQuantity:
            guard let inner = raw.objectFields?.first else {
                errors.append("\"\(form.title)\" needs an option and a quantity")
                return .nothing
            }
            guard let id = itemId(inner.key), let n = whole(inner.value) else { return .nothing }
            return .itemQuantity(item: id, count: n)
        case .text:
            return .text(raw.objectFields?.first?.value.text ?? raw.text ?? "")
        case .unsupported:
            return .nothing
        }
    }
}
