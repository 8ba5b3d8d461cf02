import PortalAPI
import PortalStore

/// Row 0: app name and section on the left; account, balance and the spinner on the right.
struct Header {
    static let spinnerFrames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    static func draw(_ state: AppState, title: String, on canvas: any Canvas) {
        let style = Style(.header, bold: true)
        canvas.fill(row: 0, col: 0, count: canvas.width, style: style)
        var right = [state.user]
        if let balance = state.balance.value { right.append("Balance " + BalanceText.format(balance)) }
        var rightText = right.joined(separator: " · ")
        if state.wantsTicks { rightText += " " + spinnerFrames[state.spinnerPhase % spinnerFrames.count] }
        rightText += " "
        let left = " pio · " + title
        let rightWidth = min(TextWidth.of(rightText), max(0, canvas.width - TextWidth.of(left) - 1))
        canvas.put(row: 0, col: 0, left, width: canvas.width - rightWidth, style: style)
        if rightWidth > 0 {
            canvas.put(row: 0, col: canvas.width - rightWidth, TextWidth.truncate(rightText, to: rightWidth), style: style)
        }
    }
}
