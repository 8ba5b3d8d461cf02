/// Splits text into lines of at most `width` columns, breaking at spaces where it can.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var piece = word
            var pieceWidth = TextWidth.of(piece)
            if currentWidth > 0 && currentWidth + 1 + pieceWidth <= width {
                current += " " + piece
                currentWidth += 1 + pieceWidth
                continue
            }
            if currentWidth > 0 { lines.append(current) }
            while pieceWidth > width {
                var head = TextWidth.truncate(piece, to: width, ellipsis: "")
                if head.isEmpty { head = String(piece.unicodeScalars.prefix(1)) }  // a wide scalar in a 1-column line
                lines.append(head)
                piece = String(piece.unicodeScalars.dropFirst(head.unicodeScalars.count))
                pieceWidth = TextWidth.of(piece)
            }
            current = piece
            currentWidth = pieceWidth
        }
        if currentWidth > 0 { lines.append(current) }
        return lines
    }
}
