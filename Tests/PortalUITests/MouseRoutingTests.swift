import PortalAPI
import PortalFixtures
import PortalStore
@testable import PortalUI
import Testing

/// Mouse reports, from the raw SGR text the terminal sends, through `mouseActions` (the click
/// targets the views register while they draw) and `reduce`, to the state they leave.
@Suite struct MouseRoutingTests {
    /// A left press on the first cell showing `text` on screen (or `offset` cells after it), as
    /// the terminal reports it (columns and rows count from 1).
    static func press(on text: String, in state: AppState, offset: Int = 0) -> String {
        let canvas = TextCanvas(width: state.width, height: state.height)
        render(state, into: canvas)
        for (row, cells) in canvas.cells.enumerated() {
            for col in cells.indices where cells[col...].map(\.text).joined().hasPrefix(text) {
                return "0;\(col + offset + 1);\(row + 1)M"
            }
        }
        Issue.record("“\(text)” is not on screen")
        return ""
    }

    static func screenRow(_ row: Int, of state: AppState) -> String {
        let canvas = TextCanvas(width: state.width, height: state.height)
        render(state, into: canvas)
        return canvas.row(row)
    }

    static func services(_ count: Int) -> [ServiceSummary] {
        (0..<count).map { Fixtures.service("\(400 + $0)", "site\($0).example.com", due: "2026-12-\(10 + $0 % 18)") }
    }

    // MARK: Rows

    @Test func aClickSelectsAServiceAndASecondClickOpensIt() throws {
        var store = Store.loaded()
        #expect(Self.screenRow(3, of: store.state).contains("302 shop.example.org"))
        #expect(store.click("0;12;4M") == [.clickRow(id: "302")])
        #expect(store.state.services.selectedService?.id == "302")
        #expect(store.state.services.path.isEmpty, "the first click only selects")
        store.click("0;30;4M")
        #expect(store.state.services.route == .detail(id: "302"))
        #expect(store.requestedCalls() == [.service(id: "302"), .serviceMethods(id: "302")])
    }

    @Test func aClickOnTheSelectedInvoiceOpensIt() {
        var store = Store.invoices()
        let other = store.state.invoices.visible.id(at: 1)!
        let number = store.state.invoices.summaries.value!.first { $0.id == other }!.number.value
        store.click(Self.press(on: number, in: store.state))
        #expect(store.state.invoices.selectedInvoice?.id == other)
        #expect(store.state.invoices.detail == nil)
        store.click(Self.press(on: number, in: store.state))
        #expect(store.state.invoices.detail?.invoiceID == other)
        #expect(store.requestedCalls() == [.invoice(id: other)])
    }

    @Test func aClickOnTheSelectedCategoryListsItsProducts() {
        var store = Store.loaded()
        store.send(.selectSection(.catalogue))
        store.send(.received(store.key(for: .categories)!, .categories(.success(Fixtures.categories))))
        let category = Fixtures.categories[1]
        store.click(Self.press(on: category.name.value, in: store.state))
        #expect(store.state.catalogue.selectedCategory?.id == category.id)
        store.click(Self.press(on: category.name.value, in: store.state))
        #expect(store.state.catalogue.route == .products(categoryID: category.id))
        store.send(.received(store.key(for: .products(categoryID: category.id))!, .products(.success(Fixtures.products))))
        let product = Fixtures.products[1]
        store.click(Self.press(on: product.name.value, in: store.state))
        store.click(Self.press(on: product.name.value, in: store.state))
        #expect(store.state.catalogue.configurator?.productID == product.id)
    }

    /// The column titles, the empty rows under the list, the message line, the status bar, the
    /// header beside the tabs.
    @Test(arguments: ["0;10;2M", "0;10;12M", "0;10;23M", "0;10;24M", "0;60;1M", "0;3;1M"])
    func aClickOutsideAnyRowDoesNothing(_ report: String) {
        var store = Store.loaded()
        let before = store.state
        #expect(store.click(report).isEmpty)
        #expect(store.state == before)
    }

    @Test(arguments: ["0;12;4m", "1;12;4M", "2;12;4M", "32;12;4M", "3;12;4m"])
    func releasesDragsAndOtherButtonsDoNothing(_ report: String) {
        var store = Store.loaded()
        let before = store.state
        #expect(store.click(report).isEmpty)
        #expect(store.state == before)
    }

    // MARK: Wheel

    @Test func theWheelMovesTheSelectionByThreeRowsAndStopsAtTheEnds() {
        var store = Store.loaded(Self.services(30))
        #expect(store.click("65;10;6M") == [.move(3)])
        #expect(store.state.services.selectedIndex == 3)
        store.click("65;10;2M")   // over the column titles too
        #expect(store.state.services.selectedIndex == 6)
        store.click("64;10;6M")
        store.click("64;10;6M")
        store.click("64;10;6M")
        #expect(store.state.services.selectedIndex == 0)
        store.send(.moveToLast)
        store.click("65;10;6M")
        #expect(store.state.services.selectedIndex == 29)
    }

    @Test(arguments: ["65;10;1M", "65;10;24M", "64;10;23M"])
    func theWheelOutsideTheListDoesNothing(_ report: String) {
        var store = Store.loaded(Self.services(30))
        let before = store.state
        #expect(store.click(report).isEmpty)
        #expect(store.state == before)
    }

    @Test func theWheelScrollsAnInvoice() {
        var store = Store.invoice(InvoiceFixtures.manyItems(), height: 16)
        store.click("65;10;8M")
        #expect(store.state.invoices.detail?.scroll == 3)
        store.click("64;10;8M")
        store.click("64;10;8M")
        #expect(store.state.invoices.detail?.scroll == 0)
    }

    @Test func theWheelScrollsAServiceOnASmallTerminal() {
        var store = Store.detail()
        store.send(.resized(width: 40, height: 10))
        store.click("65;10;5M")
        #expect(store.state.services.detail?.scroll == 3)
        store.click("64;10;5M")
        #expect(store.state.services.detail?.scroll == 0)
        store.click("64;10;5M")
        #expect(store.state.services.detail?.scroll == 0, "stops at the top")
    }

    // MARK: Tabs

    @Test func aClickOnATabShowsThatSection() {
        var store = Store.loaded()
        store.click(Self.press(on: "2 Invoices", in: store.state))
        #expect(store.state.section == .invoices)
        #expect(store.requestedCalls().contains(.invoices))
        store.click(Self.press(on: "3 Catalogue", in: store.state))
        #expect(store.state.section == .catalogue)
        store.click(Self.press(on: "1 Services", in: store.state))
        #expect(store.state.section == .services)
    }

    /// Where `2` would be typed (the filter line, the label editor), a tab takes no click either:
    /// the section stays, and the text being typed with it.
    @Test func whileAFieldHasTheKeysATabTakesNoClick() {
        var store = Store.loaded()
        store.send(.beginFilter)
        store.send(.edit(.insert("shop")))
        let tab = Self.press(on: "2 Invoices", in: store.state)
        let filtering = store.state
        #expect(store.click(tab).isEmpty)
        #expect(store.state == filtering)

        store = Store.detail()
        store.send(.beginLabelEdit)
        let editing = store.state
        #expect(store.click(Self.press(on: "2 Invoices", in: store.state)).isEmpty)
        #expect(store.state == editing)
        store.send(.cancelInput)
        store.click(Self.press(on: "2 Invoices", in: store.state))
        #expect(store.state.section == .invoices)
    }

    // MARK: Dialogs and modals

    @Test func noClosesTheCancelDialogAndYesSendsTheCancellation() {
        var store = Store.detail()
        store.send(.beginCancel)
        store.click(Self.press(on: "[ No ]", in: store.state))
        #expect(store.state.services.cancelDialog == nil)
        #expect(store.effects.isEmpty)
        store.send(.beginCancel)
        store.click(Self.press(on: "Yes, cancel", in: store.state))
        #expect(store.requestedCalls().count == 1)
        guard case .cancel(serviceID: "301", _, _)? = store.requestedCalls().first else {
            Issue.record("no cancellation sent: \(store.requestedCalls())")
            return
        }
        #expect(store.state.services.cancelDialog?.sending == true)
    }

    @Test func aClickOnTheReasonLetsItBeTypedAndYesSendsIt() {
        var store = Store.detail()
        store.send(.beginCancel)
        store.click(Self.press(on: "Reason", in: store.state))
        #expect(store.state.services.cancelDialog?.focus == .field(.reason))
        for c in "moving" { store.send(.edit(.insert(String(c)))) }
        store.click(Self.press(on: "When", in: store.state))
        #expect(store.state.services.cancelDialog?.focus == .field(.when))
        store.click(Self.press(on: "Yes, cancel", in: store.state))
        #expect(store.requestedCalls() == [.cancel(serviceID: "301", immediate: false, reason: "moving")])
    }

    @Test func aClickOnTheCreditAmountFocusesIt() {
        var store = Store.invoice()
        store.send(.beginCredit)
        store.click(Self.press(on: "Available credit", in: store.state))
        #expect(store.state.invoices.creditDialog?.focus == ConfirmFocus.no, "a value shown is no field")
        store.click(Self.press(on: "Amount to apply", in: store.state))
        #expect(store.state.invoices.creditDialog?.focus == .field(.amount))
    }

    @Test func placeOrderAsksAndYesOrders() {
        var store = Store.configuredValid()
        store.send(.review)
        store.click(Self.press(on: "Place order", in: store.state))
        #expect(store.state.catalogue.orderConfirm?.focus == ConfirmFocus.no)
        store.click(Self.press(on: "Yes, order", in: store.state))
        guard case .order(productID: "701", _)? = store.requestedCalls().first else {
            Issue.record("no order sent: \(store.requestedCalls())")
            return
        }
    }

    @Test func yesOnTheSignOutQuestionSignsOut() {
        var store = Store.loaded()
        store.send(.signOut)
        store.click(Self.press(on: "Yes, sign out", in: store.state))
        #expect(store.requestedCalls() == [.signOut])
    }

    @Test func aClickOutsideAnOpenDialogChangesNothing() {
        var store = Store.detail()
        store.send(.beginCancel)
        let before = store.state
        for report in ["0;2;2M", Self.press(on: "2 Invoices", in: store.state), "0;10;24M", "65;10;12M"] {
            #expect(store.click(report).isEmpty, "\(report)")
            #expect(store.state == before)
        }
    }

    @Test func aClickWhileTheSignInFormIsUpDoesNotReachThePortal() {
        var store = Store.loaded()
        store.send(.refresh)
        store.send(.received(store.key(for: .services)!, .services(.failure(.sessionExpired))))
        #expect(store.state.signIn.isOverlay)
        let before = store.state
        for report in ["0;12;4M", "0;12;1M", "0;10;12M", "65;10;4M"] {
            #expect(store.click(report).isEmpty, "\(report)")
            #expect(store.state == before)
        }
    }

    @Test(arguments: ["0;40;12M", "0;1;1M", "2;80;24M"])
    func anyClickClosesHelp(_ report: String) {
        var store = Store.loaded()
        store.send(.toggleHelp)
        store.click(report)
        #expect(store.state.modal == (report.hasPrefix("2;") ? .help : nil), "a right click is no click")
    }

    @Test func theWheelTurnsThePagesOfAHelpThatDoesNotFit() {
        var store = Store.loaded(width: 40, height: 10)
        store.send(.toggleHelp)
        #expect(GoldenTests.screen(store, 40, 10).contains("Page 1 of"))
        #expect(store.click("65;20;5M") == [.page(1)])
        #expect(GoldenTests.screen(store, 40, 10).contains("Page 2 of"))
        store.click("64;20;5M")
        #expect(GoldenTests.screen(store, 40, 10).contains("Page 1 of"))
        #expect(store.state.modal == .help)
    }

    @Test func helpSaysWhatTheMouseDoes() {
        var store = Store.loaded()
        store.send(.toggleHelp)
        #expect(GoldenTests.screen(store, 80, 24).contains("Mouse: click a row, tab, button; again opens · wheel scrolls"))
    }

    @Test func aClickOnAnEntryOfTheCopyChooserCopiesThatValue() {
        var store = Store.detail()
        store.send(.beginCopy)
        let before = store.state
        #expect(store.click("0;1;12M").isEmpty, "outside the box")
        #expect(store.state == before)
        store.click(Self.press(on: "the domain", in: store.state))
        #expect(store.state.modal == nil)
        #expect(store.effects == [.copyToClipboard(label: CopyTarget.domain.label, text: "examplename.com")])
    }

    // MARK: Forms

    @Test func aClickOnAConfiguratorFieldFocusesItAndOneOnATickBoxTicksIt() throws {
        var store = Store.configuring(width: 120, height: 40)
        let model = try #require(store.state.catalogue.configurator?.model)
        func key(_ title: String) -> FieldKey? {
            model.visibleKeys.first { if case .form(let id) = $0 { model.field(id)?.title == title } else { false } }
        }
        store.click(Self.press(on: "Region", in: store.state))
        #expect(store.state.catalogue.configurator?.focus == key("Region"))
        #expect(Self.screenRow(4, of: store.state).hasPrefix(" > Region"))

        store.click(Self.press(on: "[ ] Enable", in: store.state))
        #expect(store.state.catalogue.configurator?.focus == key("Backups"))
        #expect(Self.screenRow(7, of: store.state).contains("[x] Enable"))

        store.click(Self.press(on: "[x] Firewall", in: store.state))
        #expect(store.state.catalogue.configurator?.focus == key("Extras"))
        #expect(store.state.catalogue.configurator?.itemCursor == 1)
        #expect(Self.screenRow(9, of: store.state).contains("[ ] Firewall"))

        store.click(Self.press(on: "+2.00 USD", in: store.state))
        #expect(Self.screenRow(9, of: store.state).contains("[ ] Firewall"), "the price beside a tick box does not tick it")

        store.click(Self.press(on: "‹ Monthly 2.00 USD ›", in: store.state))
        let monitoring = try #require(model.addons.first { $0.addon.title.value == "Monitoring" }?.id)
        #expect(store.state.catalogue.configurator?.focus == .addon(monitoring), "the addon's cycle focuses it")
        #expect(store.state.catalogue.configurator?.model?.addons.first { $0.id == monitoring }?.chosen == false, "and does not tick it")
        store.click(Self.press(on: "[ ] Monitoring  ‹", in: store.state))
        #expect(store.state.catalogue.configurator?.model?.addons.first { $0.id == monitoring }?.chosen == true)
        #expect(store.requestedCalls().isEmpty)
    }

    /// A left press on the last cell of `text` (a choice's `›`).
    static func press(onLastOf text: String, in state: AppState) -> String {
        let first = press(on: text, in: state)
        let parts = first.dropLast().split(separator: ";").compactMap { Int($0) }
        guard parts.count == 3 else { return first }
        return "0;\(parts[1] + TextWidth.of(text) - 1);\(parts[2])M"
    }

    /// The configurator's choices step on their arrows as ← → do on the focused field (a choice,
    /// a cycle, a quantity drawn as one); the value between them only focuses; a choice cut by
    /// the line's end has no `›` to click.
    @Test func theArrowsOfAConfiguratorChoiceStepIt() throws {
        var store = Store.configuring(width: 120, height: 40)
        let model = try #require(store.state.catalogue.configurator?.model)
        func key(_ title: String) -> FieldKey? {
            model.visibleKeys.first { if case .form(let id) = $0 { model.field(id)?.title == title } else { false } }
        }
        func line(_ title: String) -> String {
            let canvas = TextCanvas(width: store.state.width, height: store.state.height)
            render(store.state, into: canvas)
            return canvas.text().split(separator: "\n").first { $0.contains(title) }.map(String.init) ?? ""
        }
        store.click(Self.press(on: "Europe", in: store.state))
        #expect(store.state.catalogue.configurator?.focus == key("Region"))
        #expect(line("Region *").contains("‹ Europe ›"), "a click on the value only focuses")
        store.click(Self.press(onLastOf: "‹ Europe ›", in: store.state))
        #expect(!line("Region *").contains("‹ Europe ›"), "› steps to the next region")
        let region = line("Region *")
        let next = try #require(region.range(of: "‹ [^›]* ›", options: .regularExpression).map { String(region[$0]) })
        store.click(Self.press(on: next, in: store.state))
        #expect(line("Region *").contains("‹ Europe ›"), "‹ steps back")

        store.click(Self.press(onLastOf: "‹ 0 ›", in: store.state))
        #expect(store.state.catalogue.configurator?.focus == key("Extra IPs"))
        #expect(line("Extra IPs       ‹").contains("‹ 1 ›"), "› on a quantity adds one")

        store.click(Self.press(onLastOf: "‹ Monthly 10.00 USD + setup 5.00 USD ›", in: store.state))
        #expect(store.state.catalogue.configurator?.focus == .cycle)
        #expect(!line("Billing cycle").contains("Monthly"), "› on the billing cycle takes the next cycle")

        let before = store.state.catalogue.configurator?.model
        store.click(Self.press(onLastOf: "setup 10.…", in: store.state))
        #expect(store.state.catalogue.configurator?.model == before, "a cut choice's end only focuses")
        #expect(store.requestedCalls().isEmpty)
    }

    @Test func aClickOnAFieldOfTheSignInFormFocusesIt() {
        var store = SignInGoldenTests.form()
        store.click(Self.press(on: "Server", in: store.state))
        #expect(store.state.signIn.focus == .url)
        store.click(Self.press(on: "Password", in: store.state))
        #expect(store.state.signIn.focus == .password)
        store.send(.edit(.insert("x")))
        #expect(store.state.signIn.password.text == "x")
        store.click(Self.press(on: "Auth", in: store.state))
        #expect(store.state.signIn.focus == .auth)
        #expect(store.click("0;2;2M").isEmpty, "outside the form")
    }

    /// A top-level modal (the profile chooser, still reading its list) keeps the portal below from
    /// the clicks.
    @Test func aClickUnderTheProfileChooserDoesNotReachThePortal() {
        var store = Store.loaded()
        store.send(.showProfiles)
        guard case .profiles? = store.state.modal else {
            Issue.record("the chooser did not open")
            return
        }
        let before = store.state
        for report in ["0;12;4M", "0;12;1M", "65;10;4M"] {
            #expect(store.click(report).isEmpty, "\(report)")
            #expect(store.state == before)
        }
    }

    // MARK: The profile chooser

    @Test func aClickSelectsAProfileAndASecondClickSwitchesToIt() {
        var store = ProfileGoldenTests.chooser(width: 80, height: 24)
        #expect(store.click(Self.press(on: "broken", in: store.state)) == [.clickRow(id: "broken")])
        #expect(Self.chooser(store)?.selected == 3)
        #expect(store.requestedCalls().isEmpty, "the first click only selects")
        store.click(Self.press(on: "broken", in: store.state))
        #expect(store.requestedCalls() == [.switchProfile("broken")])
        #expect(Self.chooser(store)?.switching == "broken")
    }

    @Test func theWheelOverTheChooserMovesItsSelection() {
        var store = ProfileGoldenTests.chooser(width: 80, height: 24)
        store.click("65;40;\(Self.row(of: "jane@example.com", in: store.state))M")
        #expect(Self.chooser(store)?.selected == 3)
        store.click("64;40;\(Self.row(of: "PROFILE", in: store.state))M")   // over the column titles too
        #expect(Self.chooser(store)?.selected == 0)
        #expect(store.requestedCalls().isEmpty)
    }

    /// The list under the box, a tab, the status bar, the wheel over the list; and in the box, its
    /// column titles and its border.
    @Test func aClickOutsideTheChoosersRowsDoesNothing() {
        var store = ProfileGoldenTests.chooser(width: 80, height: 24)
        let titles = Self.press(on: "PROFILE", in: store.state)
        let border = Self.press(on: "┌─ Profiles", in: store.state)
        let before = store.state
        for report in ["0;12;4M", Self.press(on: "2 Invoices", in: store.state), "0;10;24M", "65;10;4M", titles, border] {
            #expect(store.click(report).isEmpty, "\(report)")
            #expect(store.state == before)
        }
    }

    static func chooser(_ store: Store) -> ProfileChooser? {
        if case .profiles(let chooser)? = store.state.modal { return chooser }
        return nil
    }

    /// The screen row (from 1, as the terminal counts) that shows `text`.
    static func row(of text: String, in state: AppState) -> Int {
        Int(press(on: text, in: state).split(separator: ";")[2].dropLast()) ?? 0
    }

    // MARK: The upgrade pane

    static func upgrade() -> Store {
        var store = Store.detail()
        store.send(.beginUpgrade)
        store.send(.received(store.key(for: .upgradeOptions(serviceID: "301"))!, .upgradeOptions(.success(Fixtures.upgradeOptions))))
        return store
    }

    @Test func aClickOnAnUpgradeLineFocusesItAndItsArrowsChangeTheOption() {
        var store = Self.upgrade()
        store.click(Self.press(on: "Disk", in: store.state))
        #expect(store.state.services.upgrade?.focus == 1)
        #expect(store.requestedCalls().isEmpty, "a click on the line only focuses")

        #expect(store.click(Self.press(on: "‹ 100 GB", in: store.state)) == [.clickRow(id: "1557"), .changeOption(-1)])
        #expect(store.state.services.upgrade?.focus == 0)
        #expect(store.requestedCalls() == [.upgrade(serviceID: "301", choices: ["1557": "10104"], send: false)], "wraps to 1 TB")
        #expect(store.state.services.upgrade?.quote.isLoading == true)

        let vCPU = "vCPU core  6.00 USD ›"
        store.click(Self.press(on: vCPU, in: store.state, offset: vCPU.count - 1))
        #expect(store.state.services.upgrade?.focus == 2)
        #expect(store.requestedCalls() == [.upgrade(serviceID: "301", choices: ["1557": "10104", "1570": .quantity(3)], send: false)])
        #expect(Self.screenRow(5, of: store.state).contains("‹ 3 × vCPU core  9.00 USD ›"))

        store.click(Self.press(on: "Bandwidth: 100 GB → 1 TB", in: store.state))
        #expect(store.state.services.upgrade?.focus == 2, "the change lines under the options are no option")
        #expect(store.requestedCalls().isEmpty)
    }

    @Test func theWheelMovesTheUpgradeFocus() {
        var store = Self.upgrade()
        #expect(store.click("65;10;6M") == [.move(3)])
        #expect(store.state.services.upgrade?.focus == 2)
        store.click("64;10;12M")
        #expect(store.state.services.upgrade?.focus == 0)
        #expect(store.requestedCalls().isEmpty)
    }

    // MARK: The order review

    @Test func aClickOnAReviewFieldFocusesIt() {
        var store = Store.configuredValid()
        store.send(.review)
        #expect(store.state.catalogue.configurator?.review.focus == .place)
        store.click(Self.press(on: "Promotion code", in: store.state))
        #expect(store.state.catalogue.configurator?.review.focus == .promocode)
        store.send(.edit(.insert("X")))
        #expect(store.state.catalogue.configurator?.review.promocode.text == "X")
        store.click(Self.press(on: "Payment method", in: store.state))
        #expect(store.state.catalogue.configurator?.review.focus == .payMethod)
        store.click(Self.press(on: "Review your order", in: store.state))
        #expect(store.state.catalogue.configurator?.review.focus == .payMethod, "the title is no field")
        #expect(store.requestedCalls().isEmpty)
        #expect(store.state.catalogue.orderConfirm == nil)
    }

    @Test func aTooSmallTerminalTakesNoClicks() {
        var store = Store.loaded()
        store.send(.resized(width: 30, height: 8))
        #expect(store.click("0;5;4M").isEmpty)
    }
}

extension Store {
    /// Decodes the SGR report (what follows `ESC [ <`), routes it and dispatches its actions.
    @discardableResult
    mutating func click(_ report: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Action] {
        guard let event = SGRMouse.parse(report) else {
            Issue.record("not an SGR report: \(report)", sourceLocation: sourceLocation)
            return []
        }
        let actions = mouseActions(for: event, in: state)
        effects = actions.flatMap { reduce(&state, $0) }
        return actions
    }
}
