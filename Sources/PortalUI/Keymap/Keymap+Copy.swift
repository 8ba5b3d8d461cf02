import PortalStore

extension KeyBinding {
    /// After `y` on a service or an invoice: the letter of the value to copy (only those it has).
    static let copy: [KeyBinding] = [
        KeyBinding([.char("u")], .copy, .copy(.username), "the username", hint: "username", when: .copyOffers(.username)),
        KeyBinding([.char("p")], .copy, .copy(.password), "the password (not shown)", hint: "password", when: .copyOffers(.password)),
        KeyBinding([.char("d")], .copy, .copy(.domain), "the domain", hint: "domain", when: .copyOffers(.domain)),
        KeyBinding([.char("i")], .copy, .copy(.id), "the id", hint: "id", when: .copyOffers(.id)),
        KeyBinding([.char("n")], .copy, .copy(.number), "the invoice number", hint: "number", when: .copyOffers(.number)),
        KeyBinding([.char("a")], .copy, .copy(.amountDue), "the amount due", hint: "amount due", when: .copyOffers(.amountDue)),
        KeyBinding([.escape, .char("q"), .char("y")], .copy, .dismiss, "copy nothing", hint: "cancel"),
    ]
}
