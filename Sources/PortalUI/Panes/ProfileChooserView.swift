import PortalAPI
import PortalStore

/// After `P`: a box over the section, one line per profile (name, account, server, whether a
/// session is stored), the active one starred and the selected one highlighted. Every value comes
/// from the config and session files, so it is drawn through `SafeText`.
struct ProfileChooserView {
    static let oneProfileNote = "One profile only. Add one: pio login --profile NAME --url URL"

    static func draw(_ chooser: ProfileChooser, active: String, on canvas: any Canvas) {
        let rows = chooser.rows
        let area = Rect(row: 1, col: 0, width: canvas.width, height: canvas.height - 3)
        let note = self.note(chooser)
        let listRoom = max(1, area.height - 3 - (note == nil ? 0 : 2))
        let shown = min(max(rows.count, 1), listRoom)
        let rect = area.centered(width: min(area.width - 2, 96), height: shown + 3 + (note == nil ? 0 : 2))
        Box(title: "Profiles").draw(in: rect, on: canvas)
        canvas.addTarget(.scrolls, in: rect)   // the wheel moves the selection; a click on a row selects or switches
        let inner = rect.inset(by: 1)
        let columns = Columns(rows, width: inner.width - 2)
        canvas.put(row: inner.row, col: inner.col + 1, columns.line(["   PROFILE", "ACCOUNT", "SERVER", "SESSION"]),
                   width: inner.width - 2, style: Style(.dim))
        let first = max(0, min(chooser.selected - shown + 1, rows.count - shown))
        for (i, profile) in rows.dropFirst(first).prefix(shown).enumerated() {
            let index = first + i
            let selected = index == chooser.selected
            let mark = (selected ? ">" : " ") + (profile.name == active ? "*" : " ") + " "
            let text = columns.line([mark + safe(profile.name), safe(profile.user), safe(profile.url), sessionWord(profile.session)])
            canvas.addTarget(.row(id: profile.name), in: Rect(row: inner.row + 1 + i, col: inner.col, width: inner.width, height: 1))
            if selected { canvas.fill(row: inner.row + 1 + i, col: inner.col, count: inner.width, style: Style(.selected)) }
            canvas.put(row: inner.row + 1 + i, col: inner.col + 1, text, width: inner.width - 2,
                       style: selected ? Style(.selected) : (profile.session == .refused ? Style(.warning) : .normal))
        }
        if let note {
            canvas.put(row: inner.bottom - 1, col: inner.col + 1, note.text, width: inner.width - 2, style: note.style)
        }
    }

    /// What the line under the list says: the switch under way, why the list could not be read,
    /// that it is being read, or how to add a profile when there is one only.
    static func note(_ chooser: ProfileChooser) -> (text: String, style: Style)? {
        if let name = chooser.switching { return ("Switching to \(safe(name))…", Style(.accent)) }
        if let error = chooser.profiles.errorMessage { return (SafeText(error).value, Style(.error)) }
        if chooser.profiles.isLoading && chooser.rows.isEmpty { return ("Reading the profiles…", Style(.dim)) }
        if chooser.rows.count == 1 { return (oneProfileNote, Style(.dim)) }
        return nil
    }

    static func sessionWord(_ session: ProfileSummary.Session) -> String {
        switch session {
        case .stored: return "stored"
        case .none: return "none"
        case .refused: return "refused"
        }
    }

    static func safe(_ text: String?) -> String { text.map { SafeText($0).value } ?? "—" }

    /// Name (after the selection and active marks), account, server, session: the name and the
    /// session as wide as they need (the name at most 18), the account and the server sharing the rest.
    struct Columns {
        let widths: [Int]

        init(_ rows: [ProfileSummary], width: Int) {
            let name = min(18, max(10, rows.map { 3 + TextWidth.of(ProfileChooserView.safe($0.name)) }.max() ?? 0))
            let session = 7
            let rest = max(0, width - name - session - 6)
            let account = rest * 2 / 5
            widths = [name, account, rest - account, session]
        }

        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { TextWidth.fit($0, to: $1) }.joined(separator: "  ")
        }
    }
}
