// Fuzz target: the HTML-to-text conversion on any UTF-8 text (invalid bytes repaired first),
// checked through the sanitiser that always follows it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let plain = HTMLText.toPlainText(text)
    if !text.contains("<") && !text.contains("&") && plain != text {
        fatalError("text without markup changed: \(text.debugDescription) -> \(plain.debugDescription)")
    }
    checkSafeText(SafeText(html: text), "html \(text.debugDescription)")
    return 0
}
