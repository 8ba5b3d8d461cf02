import FoundationEssentials
import PortalAPI

/// One API operation the store asks for; the effect runner maps it onto `PortalClient`.
public enum Call: Sendable, Hashable {
    /// Signs in with what the client was given (a stored session, or PIO_PASSWORD).
    case login
    /// Signs in with the form's server, account, password and auth mode (a new client).
    case signIn(SignInRequest)
    /// Revokes the session on the server and deletes the stored one.
    case signOut
    /// Reads the profiles again (the config file and the stored sessions).
    case profiles
    /// Makes `name` the active profile: resumes its stored session, or leads to the sign-in form.
    case switchProfile(String)
    case balance
    // Services
    case services
    case service(id: String)
    case serviceMethods(id: String)
    case setLabel(serviceID: String, label: String)
    case cancel(serviceID: String, immediate: Bool, reason: String)
    case upgradeOptions(serviceID: String)
    /// `choices` maps a resource id to its new value; `send` false asks only for an estimate.
    case upgrade(serviceID: String, choices: [String: UpgradeValue], send: Bool)
    // Invoices
    case invoices
    case invoice(id: String)
    /// `amount` nil applies as much credit as the invoice needs.
    case applyCredit(invoiceID: String, amount: Decimal?)
    // Catalogue
    case categories
    case products(categoryID: String)
    case productConfiguration(productID: String)
    case order(productID: String, OrderRequest)
}

/// A new value for an upgrade resource: an item (dropdown, radio) or a quantity (slider, qty).
public enum UpgradeValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case item(String)
    case quantity(Int)

    public init(stringLiteral value: String) { self = .item(value) }
    public init(integerLiteral value: Int) { self = .quantity(value) }
}
