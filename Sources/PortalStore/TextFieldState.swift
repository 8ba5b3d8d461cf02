/// An editable line of text with a cursor, measured in characters.
public struct TextFieldState: Sendable, Equatable {
    public var text: String
    public var cursor: Int
    public var maxLength: Int

    public init(_ text: String = "", maxLength: Int = 200) {
        self.text = String(text.prefix(maxLength))
        self.cursor = self.text.count
        self.maxLength = maxLength
    }

    public mutating func apply(_ edit: TextEdit) {
        var chars = Array(text)
        switch edit {
        case .insert(let s):
            let room = maxLength - chars.count
            let add = Array(s.filter { !$0.isNewline && !($0.asciiValue.map { $0 < 0x20 || $0 == 0x7f } ?? false) }.prefix(max(0, room)))
            chars.insert(contentsOf: add, at: cursor)
            cursor += add.count
        case .backspace:
            if cursor > 0 { chars.remove(at: cursor - 1); cursor -= 1 }
        case .delete:
            if cursor < chars.count { chars.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(chars.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = chars.count
        case .clear: chars.removeAll(); cursor = 0
        }
        text = String(chars)
    }
}

public enum TextEdit: Sendable, Equatable {
    case insert(String), backspace, delete, left, right, home, end, clear
}
