import PortalAPI
import PortalStore

/// Row 0: the sections (the current one bracketed) and where the user is in it on the left;
/// account, balance and the spinner on the right. The account goes first when space is short.
struct Header {
    static let spinnerFrames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    static func draw(_ state: AppState, breadcrumb: String?, on canvas: any Canvas) {
        let style = Style(.header, bold: true)
        canvas.fill(row: 0, col: 0, count: canvas.width, style: style)
        var right: [String] = []
        if let balance = state.header.balance.value { right.append(BalanceText.format(balance, state)) }
        var spinner = state.wantsTicks ? " " + spinnerFrames[state.spinnerPhase % spinnerFrames.count] : ""
        spinner += " "
        var x = 0
        canvas.put(row: 0, col: x, " pio ", style: style)
        x += 5
        if state.session == .signedIn {
            // Only the current section keeps its name (the others show their key) below 72
            // columns, or when where the user is inside the section would not fit otherwise.
            let balanceWidth = TextWidth.of(right.joined(separator: " · ") + spinner)
            let crumbWidth = breadcrumb.map { min(TextWidth.of(" › " + $0), 20) } ?? 0
            let compact = canvas.width < 72 || 5 + Self.fullTabsWidth + crumbWidth + balanceWidth + 1 > canvas.width
            // A tab takes a click when the section keys would work: not while a field or a
            // dialog has the keyboard (the filter line, the label editor), as `2` types there.
            let tabsClick = KeyContext.chain(for: state).contains(.global)
            for section in Section.allCases {
                let current = section == state.section
                let name = "\(section.rawValue + 1)" + (compact && !current ? "" : " " + section.title)
                let label = current ? "[\(name)]" : " \(name) "
                canvas.put(row: 0, col: x, label, style: current ? Style(.header, bold: true, underline: true) : Style(.header))
                if tabsClick { canvas.addTarget(.tab(section), in: Rect(row: 0, col: x, width: TextWidth.of(label), height: 1)) }
                x += TextWidth.of(label)
            }
        }
        var left = breadcrumb.map { " › " + $0 } ?? ""
        // The account is shown when there is room for it after the sections and the balance; with
        // profiles, the profile's name alone before nothing.
        let withoutUser = right.joined(separator: " · ") + spinner
        let candidates = Self.accountTexts(state).map { ([$0] + right).joined(separator: " · ") + spinner }
        let rightText = candidates.first { x + TextWidth.of(left) + TextWidth.of($0) + 1 <= canvas.width }
            ?? (right.isEmpty ? candidates[0] : withoutUser)
        let rightWidth = min(TextWidth.of(rightText), max(0, canvas.width - x - 1))
        let leftRoom = canvas.width - x - rightWidth - 1
        left = leftRoom >= 8 ? Self.fit(breadcrumb ?? "", to: leftRoom) : ""   // a bare "…" says nothing
        canvas.put(row: 0, col: x, left, style: style)
        if rightWidth > 0 {
            canvas.put(row: 0, col: canvas.width - rightWidth, TextWidth.truncate(rightText, to: rightWidth), style: style)
        }
    }

    /// The account, after the active profile's name when there are several or it is not `default`
    /// ("work: jane@example.com"), then the profile's name alone; widest first.
    static func accountTexts(_ state: AppState) -> [String] {
        let user = SafeText(state.header.user).value
        guard let profile = state.profiles.headerName.map({ SafeText($0).value }) else { return [user] }
        return user.isEmpty ? [profile] : [profile + ": " + user, profile]
    }

    /// "[1 Services] 2 Invoices  3 Catalogue " with every name shown.
    static let fullTabsWidth = Section.allCases.reduce(0) { $0 + TextWidth.of($1.title) + 4 }

    /// " › a › b › c" in `width` columns: the innermost steps matter most, so the outer ones give
    /// way first (" › … › c"), and only then is the last one cut.
    static func fit(_ breadcrumb: String, to width: Int) -> String {
        guard !breadcrumb.isEmpty else { return "" }
        var steps = breadcrumb.components(separatedBy: " › ")
        var text = " › " + steps.joined(separator: " › ")
        while TextWidth.of(text) > width, steps.count > 1 {
            steps.removeFirst()
            text = " › … › " + steps.joined(separator: " › ")
        }
        return TextWidth.truncate(text, to: width)
    }
}
