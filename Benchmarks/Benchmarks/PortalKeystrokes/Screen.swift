import Benchmark
import Foundation
import PortalAPI
import PortalBenchData
import PortalStore
import PortalUI

/// A signed-in portal at 80×24 and its frame, built the way Tests/bench/pio-bench builds it.
/// `pressNext` is one keystroke: the reduce of the next of `keys` (round robin), then a render of the
/// whole frame.
final class Screen {
    var state = AppState(user: "bench@example.com", width: 80, height: 24)
    let canvas = TextCanvas(width: 80, height: 24)
    var keys: [Action] = []
    private var pressed = 0

    init() {
        state.invoices.setToday(APIDate("2026-12-01"))
        send(.start)
        send(.received(key(.session), .login(.success(Empty()))))
    }

    func send(_ action: Action) { blackHole(reduce(&state, action)) }

    func pressNext() {
        send(keys[pressed % keys.count])
        pressed += 1
        render(state, into: canvas)
    }

    func loadServices(_ count: Int) {
        let rows = try! JSONValue.parse(Account.servicesAnswer(count))["services"].list.map(ServiceSummary.init(json:))
        send(.received(key(.services), .services(.success(rows))))
        precondition(state.services.visibleServices.count == count)
    }

    /// Switches to the invoices list (press 2) and answers its request.
    func loadInvoices(_ count: Int) {
        send(.selectSection(.invoices))
        let rows = try! JSONValue.parse(Account.invoicesAnswer(count))["invoices"].list.map(InvoiceSummary.init(json:))
        send(.received(key(.invoices), .invoices(.success(InvoiceList(rows, today: state.invoices.today)))))
        precondition(state.invoices.visible.count == count)
    }

    /// Opens the filter line and types `text` into it.
    func filter(_ text: String) {
        send(.beginFilter)
        for c in text { send(.edit(.insert(String(c)))) }
    }

    private func key(_ slot: RequestSlot) -> RequestKey { RequestKey(slot, generation: state.requests.pending[slot]!) }
}
