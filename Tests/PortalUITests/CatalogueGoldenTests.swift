import PortalFixtures
import PortalAPI
import PortalStore
@testable import PortalUI
import Testing

/// The catalogue's screens: lists, the configurator of a product with every form type (narrow
/// and wide, with hidden fields and validation errors), review, confirm and result.
@Suite struct CatalogueGoldenTests {
    static func screen(_ store: Store, _ width: Int, _ height: Int) -> String {
        GoldenTests.screen(store, width, height)
    }

    /// Every-type product after `o` with the required fields empty: errors at their fields.
    static func withErrors(_ width: Int, _ height: Int) -> Store {
        var store = Store.configuring(width: width, height: height)
        store.send(.focusNext); store.send(.focusNext); store.send(.focusNext)    // Disk
        store.send(.review)
        return store
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func configuratorWithAHiddenFieldAndValidationErrors(width: Int, height: Int) {
        let screen = Self.screen(Self.withErrors(width, height), width, height)
        GoldenFile.check(screen, named: "configurator-errors-\(width)x\(height)")
        #expect(screen.contains("! Domain is required for Every Type Server."))
        #expect(!screen.contains("Backup start date  "))                 // hidden, only named in the note
    }

    @Test func wideConfiguratorShowsFieldsAndPriceSideBySide() {
        var store = Store.configuredValid(width: 120, height: 40)
        Self.focusOn(.form("2005"), &store)
        store.send(.changeOption(1))
        let screen = Self.screen(store, 120, 40)
        GoldenFile.check(screen, named: "configurator-120x40")
        let total = screen.split(separator: "\n").first { $0.contains("Due today (estimate)") }
        #expect(total?.contains("Extras") == false && total?.hasSuffix("│") == true)
    }

    @Test func narrowConfiguratorScrollsToTheEstimateOnTheLastField() {
        var store = Store.configuredValid()
        store.send(.moveToLast)
        let screen = Self.screen(store, 80, 24)
        GoldenFile.check(screen, named: "configurator-end-80x24")
        #expect(screen.contains("Due today (estimate)"))
        #expect(screen.contains("DDoS protection"))
    }

    @Test func secretsAreMaskedAndTheFocusedTextFieldHasTheCursor() {
        var store = Store.configuredValid()
        Self.focusOn(.form("2012"), &store)
        let screen = Self.screen(store, 80, 24)
        #expect(!screen.contains("s3cret"))
        #expect(screen.contains("•••••••••••••••"))
    }

    @Test func anEmptyDomainShowsAnExampleThatCannotBeTakenForAValue() {
        var store = Store.configuredValid()
        Self.focusOn(.domain, &store)
        store.send(.edit(.end))
        for _ in 0..<40 { store.send(.edit(.backspace)) }
        store.send(.cancelInput)                  // Esc stops typing: the field shows its placeholder
        #expect(store.state.catalogue.route == .configure(productID: "701"))
        let screen = Self.screen(store, 80, 24)
        GoldenFile.check(screen, named: "configurator-placeholder-80x24")
        #expect(screen.contains("Domain *        e.g. example.com"))
    }

    @Test func theReviewListsOneChoicePerLineWithTheEstimateUnderThem() {
        var store = Store.configuredValid(width: 100, height: 30)
        store.send(.review)
        let screen = Self.screen(store, 100, 30)
        GoldenFile.check(screen, named: "catalogue-review-100x30")
        let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for choice in ["Billing cycle: Monthly", "Disk: NVMe", "Licences: Standard × 1", "SSH key file: server default"] {
            #expect(lines.contains(choice), "\(choice) on a line of its own")
        }
        let estimate = lines.firstIndex { $0.hasPrefix("Due today") }
        #expect(estimate == lines.firstIndex(of: "SSH key file: server default").map { $0 + 1 })
    }

    @Test func reviewChoicesAreNeverSplitAcrossLines() {
        let choices = ["Billing cycle: Monthly", "Domain: a-rather-long-domain.example.com", "Disk: NVMe", "vCPU: 2"]
        #expect(ReviewChoiceLines.lines(choices, width: 80, room: 4) == choices)
        // Too many for the room: columns as wide as the widest choice, read down then across.
        let two = ReviewChoiceLines.lines(choices, width: 90, room: 2)
        #expect(two.count == 2 && two[0].hasPrefix("Billing cycle: Monthly ") && two[0].hasSuffix("Disk: NVMe"))
        // No room for columns: whole choices, then how many more there are.
        #expect(ReviewChoiceLines.lines(choices, width: 60, room: 2) == ["Billing cycle: Monthly", "… 3 more (Esc: the configurator shows them all)"])
    }

    @Test func listsReviewConfirmAndResult() {
        var store = Store.configuredValid()
        store.send(.back)
        GoldenFile.check(Self.screen(store, 80, 24), named: "catalogue-products-80x24")
        store.send(.open)
        store.send(.review)
        GoldenFile.check(Self.screen(store, 80, 24), named: "catalogue-review-80x24")
        store.send(.submit)
        GoldenFile.check(Self.screen(store, 80, 24), named: "catalogue-confirm-80x24")
        store.send(.confirm)
        let key = store.effects.compactMap { if case .request(let k, .order) = $0 { return k } else { return nil } }.first!
        store.send(.received(key, .order(.success(Fixtures.orderResult))))
        GoldenFile.check(Self.screen(store, 80, 24), named: "catalogue-ordered-80x24")
    }

    @Test func theMinimumSizeStillShowsTheFocusedFieldAndTheTotal() {
        var store = Store.configuredValid(width: 40, height: 10)
        Self.focusOn(.form("2010"), &store)
        let screen = Self.screen(store, 40, 10)
        GoldenFile.check(screen, named: "configurator-40x10")
        #expect(screen.contains("> Licences"))
        #expect(screen.contains("Due today ≈ 39.50"))
    }

    static func focusOn(_ key: FieldKey, _ store: inout Store) {
        for _ in 0..<40 where store.state.catalogue.configurator?.focus != key { store.send(.focusNext) }
    }
}
