import PortalAPI
import PortalStore

/// Shown below the minimum size; `q` still quits.
struct TooSmallScreen {
    static func draw(_ state: AppState, on canvas: any Canvas) {
        let lines = ["Terminal too small",
                     "\(canvas.width)×\(canvas.height), need \(AppState.minimumWidth)×\(AppState.minimumHeight)",
                     "q quits"]
        let top = max(0, (canvas.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < canvas.height {
            let w = TextWidth.of(line)
            canvas.put(row: top + i, col: max(0, (canvas.width - w) / 2), TextWidth.truncate(line, to: canvas.width),
                       style: Style(i == 0 ? .warning : .normal, bold: i == 0))
        }
    }
}
