import Foundation

// Checks shared by the fuzz targets. Compiled into the same module as PortalAPI's sources, so the
// internal helpers (HTMLText, JSONParser, payload) are reachable without `@testable`.

/// A scalar that must never reach the terminal from server text.
func isForbiddenOnScreen(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    if v < 0x20 || (0x7F...0x9F).contains(v) { return true }          // C0, DEL, C1
    if v == 0x2028 || v == 0x2029 { return true }                      // line/paragraph separators
    return SafeText.isInvisibleOrBidi(v)
}

/// Every line and the one-line value are free of control, bidi and zero-width scalars, fit the
/// column cap, and sanitising the value again changes nothing.
func checkSafeText(_ t: SafeText, _ origin: @autoclosure () -> String) {
    for s in [t.value] + t.lines {
        if let bad = s.unicodeScalars.first(where: isForbiddenOnScreen) {
            fatalError("SafeText from \(origin()) holds U+\(String(bad.value, radix: 16)): \(s.debugDescription)")
        }
    }
    if TextWidth.of(t.value) > SafeText.maxColumns {
        fatalError("SafeText from \(origin()) is \(TextWidth.of(t.value)) columns wide")
    }
    let again = SafeText(t.value)
    if again.value != t.value {
        fatalError("sanitising twice changed \(t.value.debugDescription) into \(again.value.debugDescription)")
    }
}

/// Walks any decoded model (structs, enums, arrays, optionals) and checks every SafeText inside.
func checkAllSafeText(in value: Any, path: String = "") {
    if let t = value as? SafeText { checkSafeText(t, path); return }
    if value is String || value is Decimal || value is Int || value is Bool { return }
    let mirror = Mirror(reflecting: value)
    for (i, child) in mirror.children.enumerated() {
        checkAllSafeText(in: child.value, path: path + "." + (child.label ?? String(i)))
    }
}
