import PortalFixtures
import PortalAPI
import PortalStore
@testable import PortalUI
import Testing

/// Screens rendered into a TextCanvas and compared with checked-in text files.
@Suite struct GoldenTests {
    static func screen(_ store: Store, _ width: Int, _ height: Int) -> String {
        var state = store.state
        _ = reduce(&state, .resized(width: width, height: height))
        let canvas = TextCanvas(width: width, height: height)
        render(state, into: canvas)
        return canvas.text()
    }

    static func sized(_ make: (Int, Int) -> Store, _ width: Int, _ height: Int) -> String {
        screen(make(width, height), width, height)
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 10)])
    func servicesList(width: Int, height: Int) {
        var store = Store.loaded(width: width, height: height)
        store.send(.move(1))
        GoldenFile.check(Self.screen(store, width, height), named: "services-\(width)x\(height)")
    }

    @Test func wideAndHostileServerTextKeepsColumnsAligned() {
        let rows = [Fixtures.service("401", "日本語ドメイン.example.jp", product: "クラウド VPS"),
                    Fixtures.service("402", "evil\u{1B}[2J.example\u{202E}moc", product: "<b>Bold</b> &amp; more"),
                    Fixtures.service("403", "plain.example")]
        let screen = Self.screen(Store.loaded(rows), 80, 24)
        GoldenFile.check(screen, named: "services-hostile-80x24")
        #expect(!screen.contains("\u{1B}"))
        let amountColumns = screen.split(separator: "\n").filter { $0.hasSuffix("9.99") }.map { TextWidth.of(String($0)) }
        #expect(amountColumns.count == 3 && Set(amountColumns).count == 1)
    }

    @Test func servicesListFiltered() {
        var store = Store.loaded()
        store.send(.beginFilter)
        store.send(.edit(.insert("example.o")))
        GoldenFile.check(Self.screen(store, 80, 24), named: "services-filter-80x24")
    }

    @Test func servicesLoadingAndFailed() {
        var store = Store()
        store.send(.start)
        GoldenFile.check(Self.screen(store, 80, 24), named: "signing-in-80x24")
        store.send(.received(store.key(for: .login)!, .login(.failure(.wrongCredentials))))
        GoldenFile.check(Self.screen(store, 80, 24), named: "sign-in-failed-80x24")
        var loaded = Store.loaded()
        loaded.send(.refresh)
        loaded.send(.received(loaded.key(for: .services)!, .services(.failure(.offline("connection refused")))))
        GoldenFile.check(Self.screen(loaded, 80, 24), named: "services-refresh-failed-80x24")
    }

    @Test func firstLoadFailedShowsTheWholeReason() {
        var store = Store()
        store.send(.start)
        store.send(.received(store.key(for: .login)!, .login(.success(Empty()))))
        let error = APIError.httpStatus(503, ServerMessages(["the sandbox was told to fail this route, for a test of a long message"]))
        store.send(.received(store.key(for: .services)!, .services(.failure(error))))
        let screen = Self.screen(store, 80, 24)
        #expect(screen.contains("Press r to try again."))
        GoldenFile.check(screen, named: "services-load-failed-80x24")
    }

    @Test func tooSmall() {
        GoldenFile.check(Self.screen(Store.loaded(), 30, 8), named: "too-small-30x8")
    }

    @Test func help() {
        var store = Store.loaded()
        store.send(.toggleHelp)
        GoldenFile.check(Self.screen(store, 80, 24), named: "help-80x24")
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 10)])
    func detail(width: Int, height: Int) {
        GoldenFile.check(Self.screen(Store.detail(label: "web"), width, height), named: "detail-\(width)x\(height)")
    }

    @Test func detailScrolledToTheEndAtMinimumSize() {
        var store = Store.detail()
        store.send(.resized(width: 40, height: 10))
        store.send(.moveToLast)
        let screen = Self.screen(store, 40, 10)
        GoldenFile.check(screen, named: "detail-scrolled-40x10")
        #expect(screen.contains("Password"))
        #expect(ServiceDetailPane.fields(store.state.services.detail!.detail.value!, passwordShown: false, money: store.state.money).count
                == store.state.services.detail!.fieldRowCount)
    }

    @Test func detailPasswordShownAndLabelEditing() {
        var store = Store.detail(label: "web")
        store.send(.togglePassword)
        GoldenFile.check(Self.screen(store, 80, 24), named: "detail-password-80x24")
        store.send(.beginLabelEdit)
        store.send(.edit(.insert(" front")))
        GoldenFile.check(Self.screen(store, 80, 24), named: "label-editing-80x24")
    }

    @Test func detailWithOnlySomeMethods() {
        let store = Store.detail(methods: [ServiceMethod(name: "Cancel Service", method: "POST", route: "/service/@id/cancel"),
                                           ServiceMethod(name: "Renew", method: "POST", route: "/service/@id/renew")])
        GoldenFile.check(Self.screen(store, 80, 24), named: "detail-cancel-only-80x24")
    }

    @Test func cancelDialogAtMinimumSize() {
        var store = Store.detail()
        store.send(.beginCancel)
        GoldenFile.check(Self.screen(store, 40, 10), named: "cancel-dialog-40x10")
    }

    @Test func cancelDialog() {
        var store = Store.detail()
        store.send(.beginCancel)
        store.send(.focusPrevious)   // from "No" back to the reason
        store.send(.edit(.insert("moving to a VPS")))
        GoldenFile.check(Self.screen(store, 80, 24), named: "cancel-dialog-80x24")
        store.send(.focusPrevious)
        store.send(.changeOption(1))
        store.send(.focusPrevious)
        GoldenFile.check(Self.screen(store, 80, 24), named: "cancel-dialog-immediate-80x24")
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 10)])
    func upgradeWithEstimate(width: Int, height: Int) {
        var store = Store.detail()
        store.send(.beginUpgrade)
        store.send(.received(store.key(for: .upgradeOptions(serviceID: "301"))!, .upgradeOptions(.success(Fixtures.upgradeOptions))))
        store.send(.changeOption(1))
        store.send(.received(store.key(for: .upgrade(serviceID: "301", choices: ["1557": "10103"], send: false))!,
                             .upgrade(.success(Fixtures.quote))))
        GoldenFile.check(Self.screen(store, width, height), named: "upgrade-\(width)x\(height)")
        if width == 80 {
            store.send(.submit)
            GoldenFile.check(Self.screen(store, width, height), named: "upgrade-confirm-\(width)x\(height)")
        }
    }
}
