import Foundation
import PortalAPI
@testable import PortalUI
import Testing

/// The bytes `y` writes to the terminal: ESC ] 52 ; c ; base64(UTF-8) BEL, nothing else.
@Suite struct ClipboardSequenceTests {
    @Test func base64AsRFC4648() {
        for (plain, encoded) in [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="),
                                 ("foobar", "Zm9vYmFy")] {
            #expect(String(decoding: ClipboardSequence.base64(Array(plain.utf8)), as: UTF8.self) == encoded)
        }
        let bytes = (0...255).map { UInt8($0) }
        #expect(String(decoding: ClipboardSequence.base64(bytes), as: UTF8.self) == Data(bytes).base64EncodedString())
    }

    @Test func theSequenceOfASanitisedValueIsExactlyOSC52WithItsBase64() {
        let raw = "pw\u{1B}]52;c;eA==\u{07}x\u{9B}2J é東"
        let value = SafeText(raw).value
        #expect(value == "pw^[]52;c;eA==^Gx[U+009B]2J é東")
        let bytes = ClipboardSequence.bytes(for: value)
        let expected = Array("\u{1B}]52;c;".utf8) + Array(Data(value.utf8).base64EncodedString().utf8) + [0x07]
        #expect(bytes == expected)
        // One ESC and one BEL: the ones pio put there.
        #expect(bytes.filter { $0 == 0x1B }.count == 1 && bytes.last == 0x07 && bytes.filter { $0 == 0x07 }.count == 1)
        #expect(bytes.dropFirst(7).dropLast().allSatisfy { $0 >= 0x2B && $0 <= 0x7A })
    }
}
