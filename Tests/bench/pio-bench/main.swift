// pio-bench: the invoices list with N invoices (default 100,000), measured in process: decoding the
// list answer and preparing it (both off the UI thread in pio), the reducer taking it (on the UI
// thread), the first frame, one filter keystroke (reduce + render into an 80×24 TextCanvas), a sort,
// a one-row move and routing a click. Prints one "name value" line per figure, in milliseconds;
// Tests/bench/run.sh compares them with budgets.
import CMemory
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
state.invoices.setToday(APIDate("2026-12-01"))
_ = reduce(&state, .start)
_ = reduce(&state, .received(key(state, .session), .login(.success(Empty()))))
_ = reduce(&state, .selectSection(.invoices))
let canvas = TextCanvas(width: 80, height: 24)
let data = Account.invoicesAnswer(count)

func heapInUseMB() -> Double { Double(cmemory_heap_in_use()) / 1_048_576 }
let heapBefore = heapInUseMB()
var rows: [InvoiceSummary] = []
// As pio reads a list answer: each invoice made from its own small tree as it is parsed.
var heapPeak = 0.0
var decoded = 0
let decode = try milliseconds {
    rows = try JSONValue.parseList(data, key: "invoices") { json in
        decoded += 1
        if decoded % 1000 == 0 { heapPeak = max(heapPeak, heapInUseMB() - heapBefore) }
        return InvoiceSummary(json: json)
    }.items
}
let heapRows = heapInUseMB() - heapBefore
var list: InvoiceList?
let prepare = milliseconds { list = InvoiceList(rows, today: state.invoices.today) }
rows = []
let heapList = heapInUseMB() - heapBefore
let load = milliseconds { _ = reduce(&state, .received(key(state, .invoices), .invoices(.success(list!)))) }
list = nil
let heapLoaded = heapInUseMB() - heapBefore
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
// A click routes by drawing the screen once into a canvas that keeps only the click targets.
var clickActions: [Action] = []
let click = milliseconds { clickActions = mouseActions(for: MouseEvent(.press(button: 0), row: 3, col: 10), in: state) }
precondition(clickActions.count == 1, "the click found no row: \(clickActions)")

print("invoices \(count)")
print(String(format: "decode_ms %.1f", decode))
print(String(format: "prepare_ms %.1f", prepare))
print(String(format: "load_ms %.1f", load))
print(String(format: "first_frame_ms %.1f", firstFrame))
print(String(format: "filter_keystroke_ms %.1f", keystrokes.max() ?? 0))
print(String(format: "filter_keystroke_median_ms %.1f", keystrokes.sorted()[keystrokes.count / 2]))
print(String(format: "sort_ms %.1f", sort))
print(String(format: "move_ms %.2f", move))
print(String(format: "click_ms %.2f", click))
// Decoding and preparing run off the UI thread; everything else here is a step of the UI thread.
print(String(format: "longest_ui_step_ms %.1f", ([load, firstFrame, sort, move] + keystrokes).max()!))
print(String(format: "answer_mb %.1f", Double(data.count) / 1_048_576))
print(String(format: "heap_decode_peak_mb %.1f", max(heapPeak, heapRows)))
print(String(format: "heap_rows_mb %.1f", heapRows))
print(String(format: "heap_prepared_mb %.1f", heapList - heapRows))
print(String(format: "heap_in_state_mb %.1f", heapLoaded))
print("(keystrokes \"2025/7\" then Backspace: \(keystrokes.map { String(format: "%.1f", $0) }.joined(separator: " ")) ms; \(shown) rows left)")
