import FoundationEssentials
import PortalAPI

extension Configurator {
    /// Checks every visible field; hidden fields are neither validated nor submitted.
    /// Stores the errors in `errors` and returns true when there are none.
    @discardableResult
    public mutating func validate() -> Bool {
        errors = problems()
        return errors.isEmpty
    }

    /// Sentences naming the field, keyed by field.
    public func problems() -> [FieldKey: String] {
        var out: [FieldKey: String] = [:]
        if !product.cycles.isEmpty, period == nil { out[.cycle] = "Choose a billing cycle." }
        if product.asksForDomain {
            let name = domain.text.trimmingWhitespace()
            if name.isEmpty {
                if domainRequired { out[.domain] = "Domain is required for \(product.name.value)." }
            } else if !DomainName.isValid(name) {
                out[.domain] = "Domain \"\(name)\" is not a valid domain name (like example.com)."
            }
        }
        for f in fields where !f.hidden {
            if let problem = Configurator.problem(f) { out[.form(f.id)] = problem }
        }
        return out
    }

    static func problem(_ f: ConfiguratorField) -> String? {
        switch f.value {
        case .pickOne(let id):
            if f.form.required && f.item(id) == nil { return "\(f.title) is required: choose one." }
        case .toggles(let on):
            if f.form.required && on.isEmpty { return "\(f.title) is required: tick at least one." }
        case .quantity(let n):
            if let p = f.rule.problem(n) { return "\(f.title) \(p)." }
        case .pickOneWithQuantity(let id, let n):
            if f.form.required && f.item(id) == nil { return "\(f.title) is required: choose one." }
            if let p = f.rule.problem(n) { return "\(f.title) \(p)." }
        case .text(let t):
            let text = t.text.trimmingWhitespace()
            if f.form.required && text.isEmpty { return "\(f.title) is required." }
            if f.form.kind == .datePicker, !text.isEmpty, !DateText.isValid(text) {
                return "\(f.title) must be a date as YYYY-MM-DD."
            }
        case .serverDefault:
            break
        }
        return nil
    }
}

/// Host name syntax: dot-separated labels of letters, digits and hyphens, at most 253 characters.
enum DomainName {
    static func isValid(_ s: String) -> Bool {
        guard s.count <= 253, s.contains(".") else { return false }
        return s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }
}
