/// Stand-ins for non-ASCII scalars when the locale cannot show UTF-8: box drawing becomes +-|.
enum ASCIIFallback {
    static func scalar(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII { return scalar }
        switch scalar.value {
        case 0x2500, 0x2501, 0x2550: return "-"
        case 0x2502, 0x2503, 0x2551: return "|"
        case 0x250C...0x254B, 0x2552...0x256C: return "+"
        case 0x2026: return "~"
        case 0x25B2, 0x25B4: return "^"
        case 0x25BC, 0x25BE: return "v"
        case 0x25B6, 0x25B8, 0x203A: return ">"
        case 0x25C0, 0x25C2, 0x2039: return "<"
        case 0x2022, 0x25CF: return "*"
        case 0x2588, 0x2591...0x2593: return "#"
        default: return "?"
        }
    }
}
