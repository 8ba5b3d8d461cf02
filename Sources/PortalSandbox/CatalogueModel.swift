import Foundation

struct Catalogue: Codable, Sendable {
    var categories: [Category]
    var products: [Product]

    func product(_ id: Int) -> Product? { products.first { $0.id == id } }

    /// Ids of the encrypted forms of a product, as they appear as keys of `custom`.
    func secretFormIDs(product id: Int) -> Set<String> {
        Set(product(id)?.forms.filter(\.isSecret).map { String($0.id) } ?? [])
    }
}

struct Category: Codable, Sendable {
    var id: Int
    var name: String
    var description: String
    var slug: String
}

struct Period: Codable, Sendable {
    /// HostBill cycle symbol: `m`, `q`, `s`, `a`, `b`, `t`, `free`, `once`…
    var cycle: String
    var price: Amount
    var setup: Amount
}

struct Product: Codable, Sendable {
    var id: Int
    var categoryId: Int
    var name: String
    var type: String
    var paytype: String
    var description: String
    var stock: Bool
    var qty: String
    var requiresDomain: Bool
    var periods: [Period]
    var forms: [Form]
    var addons: [Addon]
}

/// A configurable option (`custom[<id>]`).
struct Form: Codable, Sendable {
    var id: Int
    var type: String
    var title: String
    var description: String
    var required: Bool
    var multiple: Bool
    var min: Int?
    var max: Int?
    var step: Int?
    var initial: Int?
    var conditionals: [Conditional]
    var items: [FormItem]

    var firstItemId: Int? { items.first?.id }

    /// How HostBill's cart submits the type (the table of hostbill-notes.md).
    enum Kind { case pickOne, toggles, quantity, pickWithQuantity, text, unsupported }

    var kind: Kind {
        switch type {
        case "select", "radio", "searchselect": return .pickOne
        case "checkbox", "multicheckbox", "check": return .toggles
        case "qty", "slider", "sliderinput", "slidersequenced": return .quantity
        case "selectqty": return .pickWithQuantity
        case "input", "textarea", "encryptedinput", "encryptedpassword", "datepicker": return .text
        default: return .unsupported
        }
    }

    /// Encrypted values are never logged or echoed back.
    var isSecret: Bool { type == "encryptedinput" || type == "encryptedpassword" }

    var isDate: Bool { type == "datepicker" }
}

struct FormItem: Codable, Sendable {
    var id: Int
    var title: String
    var value: String
    var price: Amount
    var setup: Amount
    var selected: Bool
}

/// HostBill `fieldlogic`: when `condition` holds for this form's value, apply `action` to `target`;
/// when it does not hold, `hide`/`show` apply inverted.
struct Conditional: Codable, Sendable {
    var condition: String
    var conditionval: String
    var action: String
    var target: Int
    var targetval: String
}

struct Addon: Codable, Sendable {
    var id: Int
    var title: String
    var description: String
    var cycles: [Period]
}
