/// A canvas that keeps only the click targets the views register, for `mouseActions`: the
/// screen is drawn into it once per click, and the target added last at a cell is the one on top.
final class TargetCanvas: Canvas {
    let width: Int
    let height: Int
    private(set) var targets: [(target: ClickTarget, rect: Rect)] = []

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    func put(row: Int, col: Int, _ text: String, style: Style) {}
    func fill(row: Int, col: Int, count: Int, style: Style) {}
    func setCursor(row: Int, col: Int) {}

    func addTarget(_ target: ClickTarget, in rect: Rect) { targets.append((target, rect)) }

    /// The target on top at (row, col), if any.
    func target(row: Int, col: Int) -> ClickTarget? {
        targets.last { $0.rect.contains(row: row, col: col) }?.target
    }
}
