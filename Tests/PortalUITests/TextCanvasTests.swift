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

    @Test func statusHasAColourRoleAndTextOutsideTheSelection() {
        var store = Store.loaded()
        store.send(.move(1))   // off the suspended service, which sorts first
        let canvas = TextCanvas(width: 120, height: 40)
        render(store.state, into: canvas)
        #expect(canvas.role(row: Self.row(of: "Suspended", canvas), col: Self.col(of: "Suspended", canvas)) == .danger)
        // The selected row is one run in the selection style; its status is still there as text.
        #expect(canvas.role(row: Self.row(of: "Pending", canvas), col: Self.col(of: "Pending", canvas)) == .selected)
    }

    static func row(of text: String, _ canvas: TextCanvas) -> Int {
        (0..<canvas.height).first { canvas.row($0).contains(text) } ?? -1
    }

    static func col(of text: String, _ canvas: TextCanvas) -> Int {
        let line = canvas.row(row(of: text, canvas))
        return line.range(of: text).map { line.distance(from: line.startIndex, to: $0.lowerBound) } ?? -1
    }

    @Test func renderIsPure() {
        let state = Store.detail().state
        let a = TextCanvas(width: 80, height: 24), b = TextCanvas(width: 80, height: 24)
        render(state, into: a)
        render(state, into: b)
        #expect(a.cells == b.cells)
    }
}
