import PortalAPI

extension BillingCycle {
    /// The cycle as the services list shows it: "Mo" for Monthly, "Yr" for Annually, "2 Yr" for
    /// Biennially…; an unknown cycle keeps its text (the table cuts it). The detail shows `label`.
    var shortLabel: String {
        switch symbol {
        case "h": return "Hr"
        case "d": return "Day"
        case "w": return "Wk"
        case "m": return "Mo"
        case "q": return "Qtr"
        case "s": return "6 Mo"
        case "a": return "Yr"
        case "b": return "2 Yr"
        case "t": return "3 Yr"
        case "p4": return "4 Yr"
        case "p5": return "5 Yr"
        case "free": return "Free"
        case "once": return "Once"
        default: return label
        }
    }
}
