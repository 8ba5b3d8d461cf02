import PortalFixtures
import PortalAPI
import PortalStore
@testable import PortalUI
import Testing

@Suite struct TextCanvasTests {
    @Test func wideCharactersTakeTwoCellsAndClip() {
        let canvas = TextCanvas(width: 6, height: 1)
        canvas.put(row: 0, col: 0, "日本語x", style: .normal)
        #expect(canvas.text() == "日本語")
        canvas.put(row: 0, col: 1, "a", style: .normal)
        #expect(canvas.text() == " a本語")
    }

    @Test func outsideIsClippedAndTrailingSpacesTrimmed() {
        let canvas = TextCanvas(width: 4, height: 2)
        canvas.put(row: 5, col: 0, "x", style: .normal)
        canvas.put(row: 0, col: -2, "abcdef", style: .normal)
        canvas.put(row: 1, col: 0, "z ", style: .normal)
        #expect(canvas.text() == "cdef\nz")
    }

    @Test func stylesAreKeptPerCell() {
        let canvas = TextCanvas(width: 10, height: 1)
        canvas.put(row: 0, col: 2, "ok", style: Style(.success))
        #expect(canvas.role(row: 0, col: 2) == .success)
        #expect(canvas.role(row: 0, col: 0) == .normal)
    }

    @Test func statusHasAColourRoleAndText() {
        let store = Store.loaded()
        let canvas = TextCanvas(width: 120, height: 40)
        render(store.state, into: canvas)
        guard let row = (0..<40).first(where: { canvas.row($0).contains("Suspended") }) else {
            Issue.record("no Suspended row"); return
        }
        guard let col = canvas.row(row).range(of: "Suspended").map({ canvas.row(row).distance(from: canvas.row(row).startIndex, to: $0.lowerBound) }) else { return }
        #expect(canvas.role(row: row, col: col) == .danger)
    }

    @Test func renderIsPure() {
        let state = Store.detail().state
        let a = TextCanvas(width: 80, height: 24), b = TextCanvas(width: 80, height: 24)
        render(state, into: a)
        render(state, into: b)
        #expect(a.cells == b.cells)
    }
}
