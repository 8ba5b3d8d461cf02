import PortalFixtures
import PortalAPI
@testable import PortalStore
@testable import PortalUI
import Testing

/// `P`: the chooser over the section, its keys in the keymap, and the header naming the profile.
@Suite struct ProfileGoldenTests {
    static let profiles = [
        ProfileSummary(name: "default", url: "https://cp.pio.hosting/api", user: "demo@example.com", session: .stored),
        ProfileSummary(name: "work", url: "https://portal.example.com/api", user: "jane@example.com", session: .stored),
        ProfileSummary(name: "staging\u{1b}[2J", url: "https://staging.example.com/api\u{7}", user: nil, session: .none),
        ProfileSummary(name: "broken", url: nil, user: nil, session: .refused),
    ]

    static func chooser(_ profiles: [ProfileSummary] = profiles, width: Int, height: Int) -> Store {
        var store = Store.loaded(width: width, height: height)
        store.state.profiles = ProfilesState(active: "default", known: profiles)
        store.send(.showProfiles)
        store.send(.received(store.key(for: .profiles)!, .profiles(.success(profiles))))
        store.send(.move(1))
        return store
    }

    @Test(arguments: [(80, 24), (100, 30)])
    func theChooserListsEveryProfile(_ size: (Int, Int)) {
        let screen = GoldenTests.screen(Self.chooser(width: size.0, height: size.1), size.0, size.1)
        GoldenFile.check(screen, named: "profiles-\(size.0)x\(size.1)")
        #expect(screen.contains("* default"))
        #expect(screen.contains("jane@example.com"))
        #expect(screen.contains("refused"))
        #expect(!screen.contains("\u{1b}") && !screen.contains("\u{7}"))   // names and values go through SafeText
        #expect(screen.contains("staging^[[2J"))
    }

    @Test func withOneProfileTheChooserSaysHowToAddOne() {
        let store = Self.chooser([Self.profiles[0]], width: 80, height: 24)
        let screen = GoldenTests.screen(store, 80, 24)
        GoldenFile.check(screen, named: "profiles-one-80x24")
        #expect(screen.contains("pio login --profile NAME"))
    }

    @Test func theChooserSaysWhichProfileItIsSwitchingTo() {
        var store = Self.chooser(width: 80, height: 24)
        store.send(.open)
        #expect(GoldenTests.screen(store, 80, 24).contains("Switching to work…"))
    }

    @Test func theHeaderNamesTheProfileBeforeTheAccount() {
        var store = Store.loaded(width: 100, height: 12)
        store.state.profiles = ProfilesState(active: "work", known: Self.profiles)
        let screen = GoldenTests.screen(store, 100, 12)
        GoldenFile.check(screen, named: "header-profile-100x12")
        #expect(screen.split(separator: "\n").first?.contains("work: demo@example.com") == true)
        // Narrow, the account and its profile give way to the balance as the account alone does.
        let narrow = GoldenTests.screen(store, 60, 12)
        #expect(narrow.split(separator: "\n").first?.contains("work:") == false)
        var single = Store.loaded(width: 100, height: 12)
        single.state.profiles = ProfilesState(active: "default", known: [Self.profiles[0]])
        #expect(GoldenTests.screen(single, 100, 12).split(separator: "\n").first?.contains("default:") == false)
    }

    @Test func pIsAGlobalKeyInHelpAndItsHintShowsOnceThereIsAChoice() {
        let keymap = Keymap.default
        var store = Store.loaded()
        #expect(keymap.action(for: .char("P"), in: store.state) == .showProfiles)
        #expect(!keymap.hints(in: store.state).contains { $0.label == "profiles" })
        store.state.profiles = ProfilesState(active: "default", known: Self.profiles)
        #expect(keymap.hints(in: store.state).contains { $0.keys == "P" && $0.label == "profiles" })
        store.send(.toggleHelp)
        #expect(GoldenTests.screen(store, 80, 24).contains("O/P                  sign out (asks first) / switch profile"))

        let open = Self.chooser(width: 80, height: 24).state
        #expect(KeyContext.chain(for: open) == [.profiles])
        #expect(keymap.action(for: .char("j"), in: open) == .move(1))
        #expect(keymap.action(for: .up, in: open) == .move(-1))
        #expect(keymap.action(for: .enter, in: open) == .open)
        for key in [Key.escape, .char("q"), .char("P")] { #expect(keymap.action(for: key, in: open) == .dismiss) }
        #expect(keymap.action(for: .char("1"), in: open) == nil)   // the chooser takes every key
    }
}
