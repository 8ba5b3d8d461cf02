@testable import PortalUI
import Testing

/// `pio config --keys`: one line per action of a context, with all the keys that do it.
@Suite struct ActionNamesTests {
    @Test func eachActionOfAContextIsListedOnceWithAllItsKeys() {
        let entries = Keymap.default.actionNames
        let pairs = entries.map { "\($0.context.rawValue).\($0.name)" }
        #expect(pairs.count == Set(pairs).count, "listed twice: \(pairs.filter { p in pairs.filter { $0 == p }.count > 1 })")
        let open = entries.first { $0.context == .list && $0.name == "open" }
        #expect(open?.keys == "Enter/l/→")
        #expect(open?.help == "open the selected row")
        let help = entries.first { $0.context == .global && $0.name == "toggle-help" }
        #expect(help?.keys == "?/F1")
        #expect(entries.first { $0.context == .help && $0.name == "toggle-help" }?.keys == "?/Esc/q/F1")
    }

    @Test func differentHelpsOfOneActionAreKeptBoth() {
        let next = Keymap.default.actionNames.first { $0.context == .upgrade && $0.name == "next-option" }
        #expect(next?.keys.hasSuffix("/+") == true)
        #expect(next?.help == "next option (updates the estimate); one more (quantities)")
    }

    @Test func anOverriddenActionShowsItsNewKeysOnce() throws {
        let keymap = try Keymap.default.applying([KeyOverride(action: "list.open", keys: ["o"])])
        #expect(keymap.actionNames.first { $0.context == .list && $0.name == "open" }?.keys == "o")
    }
}
