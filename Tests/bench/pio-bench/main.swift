// pio-bench: the invoices list with N invoices (default 100,000), measured in process: decoding the
// list answer and preparing it (both off the UI thread in pio), the reducer taking it (on the UI
// thread), the first frame, one filter keystroke (reduce + render into an 80×24 TextCanvas), a sort
// and a one-row move. Prints one "name value" line per figure, in milliseconds; Tests/bench/run.sh
// compares them with budgets.
import Foundation
import PortalAPI
import PortalBenchData
import PortalStore
import PortalUI

let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 100_000
func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
}

func key(_ state: AppState, _ slot: RequestSlot) -> RequestKey { RequestKey(slot, generation: state.requests.pending[slot]!) }

var state = AppState(user: "bench@example.com", width: 80, height: 24)
state.invoices.today = APIDate("2026-12-01")
_ = reduce(&state, .start)
_ = reduce(&state, .received(key(state, .session), .login(.success(Empty()))))
_ = reduce(&state, .selectSection(.invoices))
let canvas = TextCanvas(width: 80, height: 24)
let data = Account.invoicesAnswer(count)

var rows: [InvoiceSummary] = []
let decode = try milliseconds { rows = try JSONValue.parse(data)["invoices"].list.map(InvoiceSummary.init(json:)) }
var list: InvoiceList?
let prepare = milliseconds { list = InvoiceList(rows, today: state.invoices.today) }
let load = milliseconds { _ = reduce(&state, .received(key(state, .invoices), .invoices(.success(list!)))) }
let firstFrame = milliseconds { render(state, into: canvas) }
precondition(canvas.text().contains("\(count) invoices"), "the footer does not show \(count) invoices")

_ = reduce(&state, .beginFilter)
var keystrokes: [Double] = []
for c in "2025/7" {
    keystrokes.append(milliseconds {
        _ = reduce(&state, .edit(.insert(String(c))))
        render(state, into: canvas)
    })
}
keystrokes.append(milliseconds {
    _ = reduce(&state, .edit(.backspace))
    render(state, into: canvas)
})
let shown = state.invoices.visible.count
_ = reduce(&state, .cancelInput)
let sort = milliseconds {
    _ = reduce(&state, .cycleSort)
    render(state, into: canvas)
}
let move = milliseconds {
    _ = reduce(&state, .move(1))
    render(state, into: canvas)
}

print("invoices \(count)")
print(String(format: "decode_ms %.1f", decode))
print(String(format: "prepare_ms %.1f", prepare))
print(String(format: "load_ms %.1f", load))
print(String(format: "first_frame_ms %.1f", firstFrame))
print(String(format: "filter_keystroke_ms %.1f", keystrokes.max() ?? 0))
print(String(format: "filter_keystroke_median_ms %.1f", keystrokes.sorted()[keystrokes.count / 2]))
print(String(format: "sort_ms %.1f", sort))
print(String(format: "move_ms %.2f", move))
// Decoding and preparing run off the UI thread; everything else here is a step of the UI thread.
print(String(format: "longest_ui_step_ms %.1f", ([load, firstFrame, sort, move] + keystrokes).max()!))
print("(keystrokes \"2025/7\" then Backspace: \(keystrokes.map { String(format: "%.1f", $0) }.joined(separator: " ")) ms; \(shown) rows left)")
