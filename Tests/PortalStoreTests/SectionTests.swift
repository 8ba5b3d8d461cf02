import PortalFixtures
import PortalAPI
@testable import PortalStore
import Testing

/// The top level: section switching, scoping, routing responses and the balance.
@Suite struct SectionTests {
    @Test func tabAndShiftTabCycleThroughTheSectionsAndWrap() {
        var store = Store.loaded()
        store.send(.stepSection(1))
        #expect(store.state.section == .invoices)
        store.send(.stepSection(1))
        #expect(store.state.section == .catalogue)
        store.send(.stepSection(1))
        #expect(store.state.section == .services)
        store.send(.stepSection(-1))
        #expect(store.state.section == .catalogue)
    }

    @Test func eachSectionKeepsItsSelectionFilterAndPaneWhenTheUserSwitches() {
        var store = Store.detail("302")
        store.send(.selectSection(.invoices))
        store.send(.selectSection(.services))
        #expect(store.state.services.route == .detail(id: "302"))
        store.send(.back)
        store.send(.beginFilter)
        store.send(.edit(.insert("example")))
        store.send(.submit)
        store.send(.move(1))
        let selected = store.state.services.selectedService?.id
        store.send(.selectSection(.catalogue))
        store.send(.selectSection(.services))
        #expect(store.state.services.list.filter.text == "example")
        #expect(store.state.services.selectedService?.id == selected)
    }

    @Test func switchingBackShowsTheCachedRowsWhileItRefreshes() {
        var store = Store.loaded()
        store.send(.selectSection(.invoices))
        store.send(.selectSection(.services))
        #expect(store.requestedCalls().contains(.services))
        #expect(store.state.services.summaries == .loading(previous: Fixtures.services))
        #expect(store.state.services.visibleServices.count == Fixtures.services.count)
    }

    @Test func selectingTheSectionOnScreenDoesNothing() {
        var store = Store.loaded()
        #expect(store.send(.selectSection(.services)).isEmpty)
    }

    @Test func keysGoOnlyToTheSelectedSection() {
        var store = Store.loaded()
        let before = store.state.services
        store.send(.selectSection(.catalogue))
        store.send(.move(1))
        store.send(.open)
        #expect(store.state.services.list == before.list)
        #expect(store.state.services.path.isEmpty)
    }

    @Test func aResponseReachesItsSectionWhicheverSectionIsOnScreen() {
        var store = Store.loaded()
        store.send(.refresh)
        let key = store.key(for: .services)!
        store.send(.selectSection(.invoices))
        let rows = [Fixtures.service("900", "late.example.com")]
        // The services request of the switch back supersedes nothing here: the section was left.
        store.send(.received(key, .services(.success(rows))))
        #expect(store.state.services.summaries.value == rows)
        #expect(store.state.section == .invoices)
    }

    @Test func anExpiredSessionInAnySectionShowsTheSignInError() {
        var store = Store.loaded()
        store.send(.refresh)
        store.send(.received(store.key(for: .services)!, .services(.failure(.sessionExpired))))
        #expect(store.state.signIn.presentation == .overlay)
        #expect(store.state.session == .signedOut)
    }

    @Test func sectionKeysAreIgnoredBeforeSigningIn() {
        var store = Store()
        store.send(.start)
        store.send(.selectSection(.invoices))
        #expect(store.state.section == .services)
    }

    @Test func qAtTheTopOfASectionQuits() {
        var store = Store.loaded()
        store.send(.selectSection(.catalogue))
        #expect(store.send(.back) == [.quit])
    }
}
