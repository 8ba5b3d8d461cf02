import PortalAPI
import PortalStore

/// Draws an editable line: scrolls horizontally to keep the cursor visible, places the cursor.
public struct TextFieldView {
    public var field: TextFieldState
    public var focused: Bool
    public var placeholder: String

    public init(_ field: TextFieldState, focused: Bool, placeholder: String = "") {
        self.field = field
        self.focused = focused
        self.placeholder = placeholder
    }

    public func draw(row: Int, col: Int, width: Int, on canvas: any Canvas) {
        guard width > 0 else { return }
        let style = Style(.input, underline: true)
        canvas.fill(row: row, col: col, count: width, style: style)
        if field.text.isEmpty && !focused {
            canvas.put(row: row, col: col, TextWidth.truncate(placeholder, to: width), style: Style(.dim))
            return
        }
        let chars = Array(field.text)
        // Show a window of characters that ends at (or after) the cursor.
        var start = 0
        while start < field.cursor, TextWidth.of(String(chars[start..<field.cursor])) > width - 1 { start += 1 }
        var visible = ""
        var used = 0
        for c in chars[start...] {
            let w = TextWidth.of(String(c))
            if used + w > width { break }
            visible.append(c)
            used += w
        }
        canvas.put(row: row, col: col, visible, style: style)
        if focused {
            canvas.setCursor(row: row, col: col + TextWidth.of(String(chars[start..<field.cursor])))
        }
    }
}
