import Foundation
import PortalAPI
import PortalFixtures
import PortalStore
@testable import PortalUI
import Testing

/// What gives way when a screen is narrow: the invoices footer drops words before any amount,
/// the status bar keeps its way back and help, the `?` overlay's key column holds its widest keys.
@Suite struct NarrowScreensTests {
    /// The quirks dataset's account in German: everything in EUR, Due less than the unpaid total.
    static func germanInvoices(width: Int, height: Int) -> Store {
        let rows = [
            InvoiceFixtures.invoice("309020", number: "309020", status: "Draft", date: "2026-11-28", due: "2026-12-05", total: "15.00", currency: "EUR"),
            InvoiceFixtures.invoice("309011", status: "Unpaid", date: "2026-11-20", due: "2026-12-10", total: "38.72", currency: "EUR"),
            InvoiceFixtures.invoice("309010", status: "Unpaid", date: "2026-11-15", due: "2026-11-22", total: "6.99", currency: "EUR"),
            InvoiceFixtures.invoice("309012", status: "Unpaid", date: "2026-09-24", due: "2026-10-01", total: "14.37", currency: "EUR"),
            InvoiceFixtures.invoice("307010", status: "Collections", date: "2025-02-14", due: "2025-02-21", total: "49.90", currency: "EUR"),
            InvoiceFixtures.invoice("306001", status: "Paid", date: "2025-05-20", due: "2025-05-27", paid: "2025-05-21", total: "1489.00", currency: "EUR"),
        ]
        var store = Store.invoices(rows, balance: Balance(currency: "EUR", balance: Decimal(string: "104.98")!, credit: 25),
                                   width: width, height: height)
        store.state.locale = .de
        return store
    }

    static func footer(_ screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return lines[lines.count - 3]
    }

    @Test(arguments: [(80, 24), (100, 30), (40, 10)])
    func theInvoicesFooterDropsWordsNeverAnAmount(width: Int, height: Int) {
        let screen = GoldenTests.screen(Self.germanInvoices(width: width, height: height), width, height)
        GoldenFile.check(screen, named: "invoices-de-footer-\(width)x\(height)")
        let footer = Self.footer(screen)
        #expect(footer.contains("4 to pay: 109,98 €"), "\(footer)")
        #expect(!footer.contains("…"), "\(footer)")
        #expect(footer.contains("Due 104,98 €") == (width >= 80), "\(footer)")
        #expect(footer.contains("(less credit and payments already applied)") == (width >= 100), "\(footer)")
    }

    @Test func theFooterGivesWayInOrder() {
        let store = Self.germanInvoices(width: 80, height: 24)
        let visible = store.state.invoices.visible
        let forms = InvoicesFooter.variants(visible, store.state)
        #expect(forms == ["6 invoices · 4 to pay: 109,98 € · Due 104,98 € (less credit and payments already applied)",
                          "6 invoices · 4 to pay: 109,98 € · Due 104,98 €",
                          "6 inv. · 4 to pay: 109,98 € · Due 104,98 €",
                          "6 invoices · 4 to pay: 109,98 €",
                          "6 inv. · 4 to pay: 109,98 €",
                          "4 to pay: 109,98 €"])
        #expect(InvoicesFooter.text(visible, store.state, width: 45) == "6 inv. · 4 to pay: 109,98 € · Due 104,98 €")
    }

    @Test func severalCurrenciesGiveWayByWholeAmounts() {
        let store = Store.invoices()
        let visible = store.state.invoices.visible
        #expect(InvoicesFooter.text(visible, store.state, width: 39) == "6 inv. · 4 to pay: 95.61 USD, 14.37 EUR")
        #expect(InvoicesFooter.text(visible, store.state, width: 29) == "4 to pay: 95.61 USD, …")
    }

    /// Every pane and dialog, as the user reaches it.
    static var panes: [(String, (Int, Int) -> Store)] {
        func upgrade(_ w: Int, _ h: Int) -> Store {
            var store = Store.detail()
            store.send(.resized(width: w, height: h))
            store.send(.beginUpgrade)
            store.send(.received(store.key(for: .upgradeOptions(serviceID: "301"))!, .upgradeOptions(.success(Fixtures.upgradeOptions))))
            return store
        }
        func after(_ make: @escaping (Int, Int) -> Store, _ actions: [Action]) -> (Int, Int) -> Store {
            { w, h in var store = make(w, h); for a in actions { store.send(a) }; return store }
        }
        let detail: (Int, Int) -> Store = { _, _ in Store.detail(label: "web") }
        let invoice: (Int, Int) -> Store = { w, h in Store.invoice(width: w, height: h) }
        let configuring: (Int, Int) -> Store = { w, h in Store.configuredValid(width: w, height: h) }
        return [
            ("services", { w, h in Store.loaded(width: w, height: h) }),
            ("filter", after({ w, h in Store.loaded(width: w, height: h) }, [.beginFilter])),
            ("detail", detail),
            ("label", after(detail, [.beginLabelEdit])),
            ("cancel", after(detail, [.beginCancel])),
            ("copy", after(detail, [.beginCopy])),
            ("upgrade", upgrade),
            ("upgrade-changed", after(upgrade, [.changeOption(1)])),
            ("help", after({ w, h in Store.loaded(width: w, height: h) }, [.toggleHelp])),
            ("sign-out", after({ w, h in Store.loaded(width: w, height: h) }, [.signOut])),
            ("invoices", { w, h in Store.invoices(width: w, height: h) }),
            ("invoice", invoice),
            ("credit", after(invoice, [.beginCredit])),
            ("products", after(configuring, [.back])),
            ("configurator", configuring),
            ("review", after(configuring, [.review])),
            ("confirm-order", after(configuring, [.review, .submit])),
            ("ordered", { w, h in
                var store = Store.configuredValid(width: w, height: h)
                store.send(.review)
                store.send(.submit)
                store.send(.confirm)
                let key = store.effects.compactMap { if case .request(let k, .order) = $0 { return k } else { return nil } }.first!
                store.send(.received(key, .order(.success(Fixtures.orderResult))))
                return store
            }),
            ("sign-in", { _, _ in SignInGoldenTests.form() }),
        ]
    }

    @Test(arguments: [(80, 24), (40, 10)])
    func noPaneLosesItsWayBackOrHelp(width: Int, height: Int) {
        for (name, make) in Self.panes {
            var store = make(width, height)
            _ = reduce(&store.state, .resized(width: width, height: height))
            let hints = Keymap.default.hints(in: store.state)
            let musts = hints.filter { StatusBar.keeps($0.action) }.map { $0.keys + " " + $0.label }
            #expect(!musts.isEmpty, "\(name): no way back in the hints")
            let canvas = TextCanvas(width: width, height: height)
            render(store.state, into: canvas)
            let bar = canvas.text().split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            for must in musts { #expect(bar.contains(must), "\(name) at \(width)×\(height): “\(must)” missing from “\(bar)”") }
            #expect(TextWidth.of(bar.trimmingCharacters(in: .whitespaces)) <= width - 2, "\(name): \(bar)")
        }
    }

    @Test func theServiceDetailKeepsQuitBackAt80Columns() {
        let screen = GoldenTests.screen(Store.detail(label: "web"), 80, 24)
        GoldenFile.check(screen, named: "detail-80x24")
        let bar = screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(bar.hasSuffix("? help  q quit/back"), "\(bar)")
        #expect(bar.contains("p password  y copy  l label"), "the pane's own keys come first: \(bar)")
    }

    /// The `?` overlay at 80×24, 100×30 and the smallest size: the help texts start in one column
    /// and the widest keys (Ctrl-L/Ctrl-Z/Ctrl-C) do not run into them.
    @Test(arguments: [(80, 24), (100, 30), (40, 10)])
    func helpKeysStayInTheirColumn(width: Int, height: Int) {
        var store = Store.loaded(width: width, height: height)
        store.send(.toggleHelp)
        let screen = GoldenTests.screen(store, width, height)
        GoldenFile.check(screen, named: "help-\(width)x\(height)")
        if width >= 80 {
            #expect(screen.contains("Ctrl-L/Ctrl-Z/Ctrl-C redraw"), "the terminal's keys keep one space before their help")
            let column = { (needle: String) -> Int? in
                screen.split(separator: "\n").first { $0.contains(needle) }.map { line in TextWidth.of(String(line[..<line.range(of: needle)!.lowerBound])) }
            }
            #expect(column("redraw") != nil && column("redraw") == column("move up / down") && column("redraw") == column("this help"))
        }
    }

    @Test func helpThatDoesNotFitTurnsPagesRound() throws {
        var store = Store.loaded(width: 40, height: 10)
        store.send(.toggleHelp)
        #expect(Keymap.default.action(for: .char(" "), in: store.state) == .page(1))
        #expect(Keymap.default.action(for: .char("b"), in: store.state) == .page(-1))
        let first = GoldenTests.screen(store, 40, 10)
        let count = try #require(first.firstMatch(of: /Page 1 of (\d+)/).flatMap { Int($0.1) })
        #expect(count >= 4, "the services list's keys take several pages at 40×10")
        var pages: [String] = []
        for _ in 0..<count {
            pages.append(GoldenTests.screen(store, 40, 10))
            store.send(.page(1))
        }
        let last = count - 1
        #expect(pages[last].contains("Page \(count) of \(count)"))
        #expect(pages[last].contains("Ctrl-L/Ctrl-Z/  redraw") && pages[last].contains("│   Ctrl-C  "), "the last page has the terminal's keys, wrapped after a /")
        #expect(GoldenTests.screen(store, 40, 10) == pages[0], "after the last page comes the first")
        store.send(.page(-1))
        #expect(GoldenTests.screen(store, 40, 10) == pages[last])
        store.send(.toggleHelp)
        store.send(.toggleHelp)
        #expect(store.state.helpPage == 0, "help opens on its first page")
    }

    @Test(arguments: ["upgrade", "configurator"])
    func theNewPagingKeysFitTheHelpAt80x24(pane: String) {
        var store = Self.panes.first { $0.0 == pane }!.1(80, 24)
        store.send(.toggleHelp)
        let screen = GoldenTests.screen(store, 80, 24)
        for needle in ["PgDn/Ctrl-F", "PgUp/b/Ctrl-B", "Ctrl-U/Ctrl-D", "g/Home/G/End", "Ctrl-L/Ctrl-Z/Ctrl-C", "?/F1"] {
            #expect(screen.contains(needle), "\(pane): help lacks \(needle)")
        }
        #expect(!screen.contains("Page 1 of"), "\(pane): the help needs pages at 80×24")
    }

    @Test func keysWiderThanHalfTheBoxWrapAfterASlash() {
        let lines = HelpOverlay.format([.title("Everywhere"), .keys("?/F1", "this help"), .keys("Ctrl-L/Ctrl-Z/Ctrl-C", "redraw / suspend / quit")],
                                       width: 30)
        #expect(lines.map(\.0) == ["Everywhere", "  ?/F1          this help", "  Ctrl-L/       redraw / suspend / quit", "  Ctrl-Z/Ctrl-C"])
    }
}
