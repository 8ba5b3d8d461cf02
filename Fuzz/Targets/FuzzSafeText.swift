// Fuzz target: the sanitiser on any UTF-8 text: no control, bidi or zero-width scalar survives, the
// width cap holds, and sanitising its output again changes nothing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSafeText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let safe = SafeText(text)
    checkSafeText(safe, "raw \(text.debugDescription)")
    for line in safe.lines where SafeText(line).value != line {
        fatalError("sanitising a line twice changed it: \(line.debugDescription)")
    }
    return 0
}
