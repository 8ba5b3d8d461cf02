import FoundationEssentials

/// The control types HostBill ships for configurable options, and `unknown` for the rest.
public enum FormKind: Sendable, Hashable {
    case select, radio, searchSelect
    case checkbox, multiCheckbox
    case qty, slider, sliderInput, sliderSequenced
    case selectQty
    case input, textarea, encryptedInput, encryptedPassword, datePicker
    /// Shown read-only and left to the server's default (file uploads, SSH key pickers…).
    case unknown(String)

    public init(_ raw: String) {
        switch raw.lowercased() {
        case "select", "dropdown", "os", "ostemplates", "location": self = .select
        case "radio": self = .radio
        case "searchselect", "searchdropdown": self = .searchSelect
        case "checkbox", "check": self = .checkbox
        case "multicheckbox", "multiplecheckbox": self = .multiCheckbox
        case "qty", "quantity": self = .qty
        case "slider": self = .slider
        case "sliderinput": self = .sliderInput
        case "slidersequenced": self = .sliderSequenced
        case "selectqty", "dropdownqty": self = .selectQty
        case "input", "text": self = .input
        case "textarea": self = .textarea
        case "encryptedinput": self = .encryptedInput
        case "encryptedpassword", "password": self = .encryptedPassword
        case "datepicker", "date": self = .datePicker
        default: self = .unknown(SafeText(raw).value)
        }
    }

    /// How a value of this kind is put into `custom`.
    public var submission: FormSubmission {
        switch self {
        case .select, .radio, .searchSelect: return .pickOne
        case .checkbox, .multiCheckbox: return .toggles
        case .qty, .slider, .sliderInput, .sliderSequenced: return .quantity
        case .selectQty: return .pickOneWithQuantity
        case .input, .textarea, .encryptedInput, .encryptedPassword, .datePicker: return .text
        case .unknown: return .readOnly
        }
    }

    public var isSecret: Bool { self == .encryptedInput || self == .encryptedPassword }
}

public enum FormSubmission: Sendable, Hashable {
    /// `{"<formId>": <itemId>}`
    case pickOne
    /// `{"<formId>": {"<itemId>": 1, …}}`
    case toggles
    /// `{"<formId>": {"<itemId>": <n>}}` with `itemId` = `firstItemId`
    case quantity
    /// `{"<formId>": {"<chosenItemId>": <n>}}`
    case pickOneWithQuantity
    /// `{"<formId>": {"<itemId>": "<text>"}}` with `itemId` = `firstItemId`
    case text
    /// Not submitted: the server's default applies.
    case readOnly
}

/// One option of a configurable field.
public struct FormItem: Sendable, Hashable, Identifiable {
    /// What is submitted (not `value`).
    public let id: String
    public let title: SafeText
    public let value: SafeText
    public let price: Decimal
    public let setup: Decimal
    public let selected: Bool

    public init(json: JSONValue) {
        id = json["id"].id; title = json["title"].text; value = json["value"].text
        price = json["price"].money ?? 0; setup = json["setup"].money ?? 0; selected = json["selected"].bool ?? false
    }
}

/// A rule of `config.conditionals[]`: when `condition` holds for this field's value, apply
/// `action` to `target`; when it does not, `hide` and `show` invert.
public struct FormConditional: Sendable, Hashable {
    public enum Condition: Sendable, Hashable { case equals, less, more, other(String) }
    public enum Action: Sendable, Hashable { case hide, show, setValue, other(String) }

    public let condition: Condition
    public let conditionValue: String
    public let action: Action
    /// The form id the action applies to.
    public let target: String
    public let targetValue: String?

    public init(json: JSONValue) {
        switch (json["condition"].string ?? "").lowercased() {
        case "eq", "equals", "=": condition = .equals
        case "less", "lt", "<": condition = .less
        case "more", "gt", ">": condition = .more
        case let c: condition = .other(SafeText(c).value)
        }
        conditionValue = SafeText(json["conditionval"].string ?? json["value"].string ?? "").value
        switch (json["action"].string ?? "").lowercased() {
        case "hide": action = .hide
        case "show": action = .show
        case "setval", "setvalue": action = .setValue
        case let a: action = .other(SafeText(a).value)
        }
        target = json["target"].id
        targetValue = json["targetval"].isNull ? nil : SafeText(json["targetval"].string ?? "").value
    }
}

/// A configurable option of `config.forms[]` (or a built-in field of `config.product[]`).
public struct FormField: Sendable, Hashable, Identifiable {
    public let id: String
    public let kind: FormKind
    public let title: SafeText
    public let description: SafeText
    /// e.g. "custom[1618]"
    public let name: String
    public let required: Bool
    public let multiple: Bool
    /// The item id submitted for single-item types (qty, sliders, text).
    public let firstItemID: String?
    public let items: [FormItem]
    public let conditionals: [FormConditional]
    public let minimum: Decimal?
    public let maximum: Decimal?
    public let step: Decimal?
    public let initialValue: Decimal?
    /// Pre-filled values (`value[]` / `value`), as text.
    public let defaultValues: [String]
    public let price: Decimal
    public let recurringPrice: Decimal
    public let setup: Decimal

    public init(json: JSONValue) {
        id = json["id"].id
        kind = FormKind(json["type"].string ?? "")
        title = json["title"].text
        description = json["description"].text
        name = SafeText(json["name"].string ?? "").value
        required = json["required"].bool ?? false
        multiple = json["multiple"].bool ?? false
        items = json["items"].list.map(FormItem.init(json:))
        let first = json["firstItemId"].isNull ? json["firstitemid"] : json["firstItemId"]
        firstItemID = first.isNull ? items.first?.id : first.id
        let config = json["config"]
        conditionals = config["conditionals"].list.map(FormConditional.init(json:))
        minimum = config["minvalue"].decimal ?? json["minvalue"].decimal
        maximum = config["maxvalue"].decimal ?? json["maxvalue"].decimal
        step = config["step"].decimal ?? json["step"].decimal
        initialValue = config["initialval"].decimal ?? json["initialval"].decimal
        switch json["value"] {
        case .array, .object: defaultValues = json["value"].textList.map { SafeText($0).value }
        case let v: defaultValues = v.string.map { [SafeText($0).value] } ?? []
        }
        price = json["price"].money ?? 0
        recurringPrice = json["recurring_price"].money ?? 0
        setup = json["setup"].money ?? 0
    }

    public var selectedItem: FormItem? { items.first { $0.selected } }
}
