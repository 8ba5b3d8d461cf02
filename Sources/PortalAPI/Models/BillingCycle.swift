import FoundationEssentials

/// A billing period: a word on services (`Monthly`, `One Time`) or a symbol in orders (`m`, `a`, `p4`).
/// Unknown values keep their text.
public struct BillingCycle: Sendable, Hashable, CustomStringConvertible {
    /// As the server sent it (sanitised).
    public let raw: String

    public init(_ raw: String) { self.raw = SafeText(raw).value }
    init(json: JSONValue) { self.init(json.string ?? "") }

    static let symbols: [String: String] = [
        "h": "Hourly", "d": "Daily", "w": "Weekly", "m": "Monthly", "q": "Quarterly",
        "s": "Semi-Annually", "a": "Annually", "b": "Biennially", "t": "Triennially",
        "p4": "Quadrennially", "p5": "Quinquennially", "free": "Free", "once": "One Time",
    ]

    /// The symbol for this cycle when it is one the server understands in orders, e.g. "m".
    public var symbol: String? {
        let key = raw.lowercased()
        if BillingCycle.symbols[key] != nil { return key }
        let compact = key.replacing(" ", with: "").replacing("-", with: "")
        return BillingCycle.symbols.first { $0.value.lowercased().replacing("-", with: "").replacing(" ", with: "") == compact }?.key
    }

    /// "Monthly" for "m" or "Monthly"; unknown values as they are.
    public var label: String {
        if let name = BillingCycle.symbols[raw.lowercased()] { return name }
        return raw
    }
    public var description: String { label }
}
