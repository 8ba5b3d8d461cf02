/// HostBill cycle symbols (orders, periods) and the words services use (`billingcycle`).
enum BillingCycles {
    static let words: [String: String] = [
        "h": "Hourly", "d": "Daily", "w": "Weekly", "m": "Monthly", "q": "Quarterly", "s": "Semi-Annually",
        "a": "Annually", "b": "Biennially", "t": "Triennially", "p4": "Quadrennially", "p5": "Quinquennially",
        "free": "Free", "once": "One Time",
    ]

    static func word(_ symbol: String) -> String { words[symbol] ?? symbol }

    static func symbol(_ word: String) -> String? { words.first { $0.value.lowercased() == word.lowercased() }?.key }

    /// Months in a cycle, for generated next-due dates; nil when it does not recur monthly or longer.
    static func months(_ symbol: String) -> Int? {
        ["m": 1, "q": 3, "s": 6, "a": 12, "b": 24, "t": 36, "p4": 48, "p5": 60][symbol]
    }
}
