import PortalAPI

/// A refused order, sorted by where each message belongs: at a field of the form, at the promotion
/// code, or in a general sentence. Server keys become sentences (`ServerMessages`).
struct OrderFailure {
    var fieldErrors: [FieldKey: String] = [:]
    var promoError: String?
    var general: String?
    var summary: String

    init(_ error: APIError, model: Configurator) {
        let messages: ServerMessages
        switch error {
        case .server(let m), .httpStatus(_, let m): messages = m
        default: messages = ServerMessages([])
        }
        var rest: [String] = []
        for raw in messages.raw.map(\.value) {
            let sentence = ServerMessages.sentence(for: raw)
            switch raw.lowercased() {
            case "domain_required", "invalid_domain": fieldErrors[.domain] = sentence
            case "invalid_cycle": fieldErrors[.cycle] = sentence
            case "invalid_promocode": promoError = sentence
            default:
                if let field = model.fields.first(where: { !$0.hidden && raw.contains("\"\($0.title)\"") }) {
                    fieldErrors[.form(field.id)] = sentence
                } else {
                    rest.append(sentence)
                }
            }
        }
        if messages.isEmpty { rest.append(error.message) }
        general = rest.isEmpty ? nil : rest.joined(separator: " ")
        summary = ([general].compactMap { $0 } + [promoError].compactMap { $0 } + fieldErrors.values.sorted()).joined(separator: " ")
        if summary.isEmpty { summary = error.message }
    }
}
