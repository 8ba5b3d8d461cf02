/// What the customer chose for one configurable option, read leniently from `custom[<formId>]`.
enum OrderSelection: Equatable {
    case item(Int)
    case items([Int])
    case quantity(Int)
    case text(String)
    case nothing

    /// The value conditionals compare against.
    var comparable: String {
        switch self {
        case .item(let id): return String(id)
        case .items(let ids): return ids.isEmpty ? "" : ids.map(String.init).joined(separator: ",")
        case .quantity(let n): return String(n)
        case .text(let t): return t
        case .nothing: return ""
        }
    }

    var isEmpty: Bool {
        switch self {
        case .item: return false
        case .items(let ids): return ids.isEmpty
        case .quantity: return false
        case .text(let t): return t.trimmingCharacters(in: .whitespaces).isEmpty
        case .nothing: return true
        }
    }

    /// Reads the submitted value for `form`, or its default when nothing was sent.
    /// Appends a readable message to `errors` when the value names an unknown item or is not a number.
    static func read(_ raw: JSON?, for form: Form, errors: inout [String]) -> OrderSelection {
        let knownIds = Set(form.items.map(\.id))
        switch form.kind {
        case .pickOne:
            guard let raw, raw != .null else { return form.items.first(where: \.selected).map { .item($0.id) } ?? .nothing }
            let text = raw.objectFields?.first(where: { $0.value.truthy })?.key ?? raw.text ?? ""
            if text.isEmpty { return .nothing }
            guard let id = Int(text), knownIds.contains(id) else {
                errors.append("Invalid option for \"\(form.title)\"")
                return .nothing
            }
            return .item(id)
        case .toggles:
            guard let raw, raw != .null else { return .items(form.items.filter(\.selected).map(\.id)) }
            var texts: [String] = []
            if let fields = raw.objectFields {
                texts = fields.filter { $0.value.truthy }.map(\.key)
            } else if let values = raw.arrayValues {
                texts = values.compactMap(\.text)
            } else if let t = raw.text, !t.isEmpty, t != "0" {
                texts = [t]
            }
            var ids: [Int] = []
            for t in texts {
                guard let id = Int(t), knownIds.contains(id) else {
                    errors.append("Invalid option for \"\(form.title)\"")
                    continue
                }
                ids.append(id)
            }
            return .items(ids)
        case .quantity:
            guard let raw, raw != .null else { return .quantity(form.initial ?? form.min ?? 0) }
            let inner = raw.objectFields?.first
            if let inner, Int(inner.key).map(knownIds.contains) != true {
                errors.append("Invalid option for \"\(form.title)\"")
                return .nothing
            }
            guard let text = inner?.value.text ?? raw.text, let n = Int(text.trimmingCharacters(in: .whitespaces)) else {
                errors.append("\"\(form.title)\" must be a whole number")
                return .nothing
            }
            return .quantity(n)
        case .text:
            guard let raw, raw != .null else { return .text("") }
            return .text(raw.objectFields?.first?.value.text ?? raw.text ?? "")
        case .unsupported:
            return .nothing
        }
    }
}
