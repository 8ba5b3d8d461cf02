import PortalUI
import Testing

/// xterm's SGR (1006) reports as `SGRMouse.parse` reads them: the part after `ESC [ <`.
@Suite struct SGRMouseTests {
    @Test func pressAndReleaseOfEachButtonCountFromZero() {
        #expect(SGRMouse.parse("0;12;5M") == MouseEvent(.press(button: 0), row: 4, col: 11))
        #expect(SGRMouse.parse("0;12;5m") == MouseEvent(.release(button: 0), row: 4, col: 11))
        #expect(SGRMouse.parse("1;1;1M") == MouseEvent(.press(button: 1), row: 0, col: 0))
        #expect(SGRMouse.parse("2;80;24M") == MouseEvent(.press(button: 2), row: 23, col: 79))
        #expect(SGRMouse.parse("3;5;5m") == MouseEvent(.release(button: 3), row: 4, col: 4))
    }

    @Test func theWheelAndDrag() {
        #expect(SGRMouse.parse("64;10;3M") == MouseEvent(.wheelUp, row: 2, col: 9))
        #expect(SGRMouse.parse("65;10;3M") == MouseEvent(.wheelDown, row: 2, col: 9))
        #expect(SGRMouse.parse("32;10;3M") == MouseEvent(.drag(button: 0), row: 2, col: 9))
        #expect(SGRMouse.parse("35;10;3M") == nil, "motion with no button held")
        #expect(SGRMouse.parse("66;10;3M") == nil, "wheel left")
        #expect(SGRMouse.parse("67;10;3M") == nil, "wheel right")
        #expect(SGRMouse.parse("128;10;3M") == nil, "button 8")
    }

    @Test func modifiersAreBitsTwoToFour() {
        #expect(SGRMouse.parse("4;2;2M") == MouseEvent(.press(button: 0), row: 1, col: 1, shift: true))
        #expect(SGRMouse.parse("8;2;2M") == MouseEvent(.press(button: 0), row: 1, col: 1, alt: true))
        #expect(SGRMouse.parse("16;2;2M") == MouseEvent(.press(button: 0), row: 1, col: 1, ctrl: true))
        #expect(SGRMouse.parse("93;2;2M") == MouseEvent(.wheelDown, row: 1, col: 1, shift: true, alt: true, ctrl: true))
    }

    @Test func coordinatesBeyondWhatX10CanSay() {
        #expect(SGRMouse.parse("0;224;1M") == MouseEvent(.press(button: 0), row: 0, col: 223))
        #expect(SGRMouse.parse("0;300;250M") == MouseEvent(.press(button: 0), row: 249, col: 299))
        #expect(SGRMouse.parse("0;99999;99999M") == MouseEvent(.press(button: 0), row: 99998, col: 99998))
        #expect(SGRMouse.parse("0;100000;1M") == nil)
    }

    @Test func malformedReportsAreNil() {
        for body in ["", "M", "0;12M", "0;12;5", "0;12;5X", ";12;5M", "0;;5M", "0;12;M", "0;12;5;1M", "0;0;5M", "0;5;0M",
                     "-1;5;5M", "0;-5;5M", "0;+5;5M", "+0;5;5M", "0; 5;5M", "a;5;5M", "0;5;5MM", "0;٥;5M", "0;5;5\u{1B}M"] {
            #expect(SGRMouse.parse(body) == nil, "\(body.debugDescription)")
        }
    }

    @Test func theModeSequences() {
        #expect(SGRMouse.prefix == "\u{1B}[<")
        #expect(SGRMouse.enable == "\u{1B}[?1000h\u{1B}[?1006h")
        #expect(SGRMouse.disable == "\u{1B}[?1006l\u{1B}[?1000l")
    }
}
