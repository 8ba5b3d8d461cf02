import PortalAPI

/// A value of the open service or invoice that `y` copies to the terminal's clipboard. The text
/// copied is the sanitised one (`SafeText.value`): what pio would draw, never the server's bytes.
public enum CopyTarget: String, Sendable, Equatable, CaseIterable {
    case username, password, domain, id, number, amountDue

    /// How the message names it: "Copied the password (12 characters)".
    public var label: String {
        switch self {
        case .username: return "the username"
        case .password: return "the password"
        case .domain: return "the domain"
        case .id: return "the id"
        case .number: return "the invoice number"
        case .amountDue: return "the amount due"
        }
    }
}

extension AppState {
    /// The values `y` offers on the pane on screen, with the text each copies: the open service's
    /// username, password, domain and id, or the open invoice's number and amount due (the bare
    /// amount, the locale's way). Empty values are not offered; nothing outside those two panes.
    public var copyableValues: [(target: CopyTarget, text: String)] {
        var values: [(CopyTarget, String)] = []
        switch section {
        case .services:
            guard services.modal == nil, case .detail(let pane)? = services.path.last, let d = pane.detail.value else { return [] }
            values = [(.username, d.username.value), (.password, d.password.value), (.domain, d.domain.value), (.id, d.id)]
        case .invoices:
            guard invoices.modal == nil, case .detail(let pane)? = invoices.path.last, let d = pane.detail.value else { return [] }
            let due = Money.text(d.amountDue, currency: d.currency.value, locale: locale, withCurrency: false)
            values = [(.number, d.number.value), (.amountDue, due)]
        case .catalogue:
            return []
        }
        return values.filter { !$0.1.isEmpty }
    }

    /// `y`, then a letter (Esc leaves): the chosen value goes out as an effect for the terminal,
    /// and the message says what was copied, never the password itself.
    mutating func reduceCopy(_ action: Action) -> [Effect] {
        switch action {
        case .beginCopy:
            guard clipboardEnabled else {
                flash = Flash(.info, "Copying is turned off (clipboard: false, --no-clipboard or PIO_CLIPBOARD=0)")
                return []
            }
            modal = copyableValues.isEmpty ? nil : .copy
        case .copy(let target):
            modal = nil
            guard clipboardEnabled, let value = copyableValues.first(where: { $0.target == target }) else { return [] }
            let shown = target == .password ? Self.characters(value.text) : value.text
            flash = Flash(.info, "Copied \(target.label) (\(shown))")
            return [.copyToClipboard(label: target.label, text: value.text)]
        default:
            modal = nil   // Esc, q or any other key leaves the chooser
        }
        return []
    }

    /// The copy keys: `y`, and the letter chosen.
    static func isCopy(_ action: Action) -> Bool {
        if case .copy = action { return true }
        return action == .beginCopy
    }

    static func characters(_ text: String) -> String {
        text.count == 1 ? "1 character" : "\(text.count) characters"
    }
}
