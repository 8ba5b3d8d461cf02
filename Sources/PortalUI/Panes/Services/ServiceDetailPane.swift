import FoundationEssentials
import PortalAPI
import PortalStore

/// One service: every field the server returned, the label editor, and the actions it offers.
struct ServiceDetailPane {
    static let labelWidth = 15

    /// The fields as a customer reads them: amounts with the account's currency, flags as words,
    /// no internal ids.
    static func fields(_ d: ServiceDetail, passwordShown: Bool, money: (Decimal) -> String) -> [(String, String, StyleRole)] {
        var rows: [(String, String, StyleRole)] = [
            ("Product", d.product.value, .normal),
            ("Domain", d.domain.value, .normal),
            ("Status", d.status.label, d.status.role),
            ("Created", d.created?.dateString ?? "—", .normal),
            ("First payment", d.firstPayment.map { money($0) } ?? "—", .normal),
            ("Recurring", money(d.total), .normal),
            ("Billing cycle", d.billingCycle.label, .normal),
            ("Next due", d.nextDue?.dateString ?? "—", .normal),
            ("Next invoice", d.nextInvoice?.dateString ?? "—", .normal),
            ("Label", d.label.isEmpty ? "—" : d.label.value, .normal),
            ("Username", d.username.isEmpty ? "—" : d.username.value, .normal),
        ]
        if d.cancelRequested == true {
            rows.append(("Cancellation", "Requested for the end of the billing period", .warning))
        }
        if !d.password.isEmpty {
            rows.append(("Password", passwordShown ? d.password.value : "•••••••• (p shows)", passwordShown ? .warning : .dim))
        }
        for key in d.extra.keys.sorted() {
            rows.append((fieldTitle(key), d.extra[key]?.value ?? "", .normal))
        }
        return rows
    }

    /// A field the pane does not know by name, titled from its key: "cancel_requested" → "Cancel requested".
    static func fieldTitle(_ key: String) -> String {
        let words = key.replacing("_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    static func draw(_ state: AppState, keymap: Keymap, in rect: Rect, on canvas: any Canvas) {
        guard let pane = state.services.detail else { return }
        canvas.addTarget(.scrolls, in: rect)   // the wheel scrolls the pane
        let summary = state.services.summaries.value?.first { $0.id == pane.serviceID }
        let name = pane.detail.value?.product.value ?? summary?.product.value ?? ""
        canvas.put(row: rect.row, col: rect.col + 1, "Service #\(pane.serviceID)" + (name.isEmpty ? "" : " · " + name),
                   width: rect.width - 1, style: Style(.accent, bold: true))
        guard let detail = pane.detail.value else {
            let text = pane.detail.isLoading ? "Loading…" : ""
            canvas.put(row: rect.row + 2, col: rect.col + 2, text, width: rect.width - 2, style: Style(.dim))
            return
        }
        var row = rect.row + 2
        let rows = fields(detail, passwordShown: pane.passwordShown, money: state.money)
        let longest = rows.map { TextWidth.of($0.0) }.max() ?? 0
        let labelWidth = min(max(Self.labelWidth, longest + 2), max(Self.labelWidth, rect.width / 3))
        let valueCol = rect.col + 2 + labelWidth
        let valueWidth = rect.width - valueCol
        let actionRows = 2
        let room = max(1, rect.bottom - actionRows - row)
        let first = min(pane.scroll, max(0, rows.count - room))
        if first > 0 { canvas.put(row: row - 1, col: rect.right - 3, "▲", style: Style(.dim)) }
        if first + room < rows.count { canvas.put(row: rect.bottom - actionRows, col: rect.right - 3, "▼", style: Style(.dim)) }
        for (label, value, role) in rows.dropFirst(first) {
            guard row < rect.bottom - actionRows else { break }
            canvas.put(row: row, col: rect.col + 2, TextWidth.fit(label, to: labelWidth - 1), style: Style(.dim))
            if label == "Label", let editor = state.services.labelEditor {
                TextFieldView(editor.field, focused: !editor.saving).draw(row: row, col: valueCol, width: min(valueWidth, 40), on: canvas)
            } else {
                canvas.put(row: row, col: valueCol, value, width: valueWidth, style: Style(role))
            }
            row += 1
        }
        drawActions(state, pane: pane, keymap: keymap, row: rect.bottom - 1, in: rect, on: canvas)
    }

    /// The action menu: only the actions `methods` lists, with their keys from the keymap.
    static func drawActions(_ state: AppState, pane: ServiceDetailState, keymap: Keymap, row: Int, in rect: Rect, on canvas: any Canvas) {
        if let editor = state.services.labelEditor {
            let text: String
            let role: StyleRole
            if editor.saving { text = "Saving label…"; role = .dim }
            else if let error = editor.error { text = "Label not saved: \(error)"; role = .error }
            else { text = "Editing label: Enter saves, Esc cancels, Ctrl-U clears (\(editor.field.text.count)/\(editor.field.maxLength))"; role = .accent }
            canvas.put(row: row, col: rect.col + 2, text, width: rect.width - 2, style: Style(role))
            return
        }
        guard let methods = pane.methods.value else {
            canvas.put(row: row, col: rect.col + 2, pane.methods.isLoading ? "Loading actions…" : "No actions available.",
                       width: rect.width - 2, style: Style(.dim))
            return
        }
        let offered = keymap.bindings.filter { b in
            b.context == .detail && (b.action == .beginLabelEdit || b.action == .beginCancel || b.action == .beginUpgrade)
                && b.condition.holds(in: state)
        }
        var text = offered.isEmpty ? "No actions offered for this service." : "Actions: "
            + offered.map { "\($0.keysLabel) \($0.hint ?? $0.help)" }.joined(separator: "   ")
        let unsupported = methods.filter { $0.action == nil }.map(\.name.value)
        if !unsupported.isEmpty { text += "   (also listed, not available here: \(unsupported.joined(separator: ", ")))" }
        canvas.put(row: row, col: rect.col + 2, text, width: rect.width - 2, style: Style(.accent))
    }
}
