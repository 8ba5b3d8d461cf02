/// The `error` or `info` strings of an answer. HostBill sends language keys (`wronglogin`,
/// `cancell_sent`) more often than sentences: known keys read as sentences, unknown ones as sent.
public struct ServerMessages: Sendable, Hashable {
    /// The strings as the server sent them (sanitised).
    public let raw: [SafeText]

    public init(_ raw: [SafeText]) { self.raw = raw }
    public init(json: JSONValue) {
        switch json {
        case .string(let s): self.raw = s.isEmpty ? [] : [SafeText(html: s)]
        default: self.raw = json.textList.filter { !$0.isEmpty }.map { SafeText(html: $0) }
        }
    }

    public var isEmpty: Bool { raw.isEmpty }
    /// One readable sentence per message.
    public var sentences: [String] { raw.map { ServerMessages.sentence(for: $0.value) } }
    /// All messages as one line.
    public var text: String { sentences.joined(separator: " ") }
    public func contains(key: String) -> Bool { raw.contains { $0.value.lowercased() == key.lowercased() } }

    public static func sentence(for key: String) -> String {
        knownKeys[key.lowercased()] ?? key
    }

    public static let knownKeys: [String: String] = [
        "wronglogin": "Wrong email or password.",
        "internal_error_0": "The server reported an internal error.",
        "internal_error": "The server reported an internal error.",
        "cancell_sent": "Cancellation request sent.",
        "cancel_sent": "Cancellation request sent.",
        "cancelled_already": "This service is already cancelled or has a pending cancellation.",
        "cancellation_pending": "A cancellation request is already pending for this service.",
        "access_denied": "Access denied.",
        "accessdenied": "Access denied.",
        "login_required": "Please log in.",
        "invalid_token": "Your session is no longer valid; please log in again.",
        "token_expired": "Your session has expired; please log in again.",
        "invalidrefreshtoken": "Your session can no longer be renewed; please log in again.",
        "invalid_refresh_token": "Your session can no longer be renewed; please log in again.",
        "notfound": "Not found.",
        "not_found": "Not found.",
        "invalid_id": "No such item.",
        "creditapplied": "Credit applied to the invoice.",
        "credit_applied": "Credit applied to the invoice.",
        "notenoughcredit": "Not enough account credit.",
        "not_enough_credit": "Not enough account credit.",
        "invoicepaid": "This invoice is already paid.",
        "label_changed": "Label changed.",
        "labelupdated": "Label changed.",
        "upgrade_sent": "Upgrade request sent.",
        "upgraderequestsent": "Upgrade request sent.",
        "order_placed": "Order placed.",
        "orderplaced": "Order placed.",
        "domain_required": "A domain name is required for this product.",
        "invalid_domain": "The domain name is not valid.",
        "invalid_promocode": "The promotion code is not valid.",
        "out_of_stock": "This product is out of stock.",
        "field_required": "A required option is missing.",
        "invalid_cycle": "This billing cycle is not available.",
        "invalid_payment_method": "This payment method is not available.",
        "cancell_already_sent": "A cancellation request was already sent for this service.",
        "invalid_amount": "The amount is not valid.",
        "invalid_category_id": "No such category.",
        "invalid_invoice_id": "No such invoice.",
        "invalid_product_id": "No such product.",
        "invalid_service_id": "No such service.",
        "invoice_not_unpaid": "This invoice is not unpaid.",
        "label_too_long": "The label is too long.",
        "missing_label": "The label is missing.",
        "method_not_available": "This action is not available for this service.",
        "missing_refresh_token": "The session cannot be renewed; please log in again.",
        "service_not_active": "This service is not active.",
        "upgrade_nothing_changed": "Nothing to change: choose a different option.",
        "label_updated": "Label changed.",
        "logout_success": "Logged out.",
        "token_revoked": "Session revoked.",
        "order_created": "Order placed.",
        "upgrade_estimate": "Upgrade price estimated.",
        "upgrade_request_sent": "Upgrade request sent.",
        "invalid_json": "The server could not read the request.",
        "request_too_large": "The request is too large.",
        "jwt_disabled": "Token login is disabled on this server.",
        "basic_auth_disabled": "Basic authentication is disabled on this server.",
        "unauthorized": "Please log in.",
        "sandbox_stopping": "The server is shutting down.",
        "too_many_requests": "Too many requests; please wait a moment.",
    ]
}
