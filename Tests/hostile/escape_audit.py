#!/usr/bin/env python3
"""escape_audit.py [--plain] FILE...: proves from the raw bytes a program wrote that nothing but a
terminal UI's own sequences reach the terminal.

Default (a curses UI): every escape sequence must be one ncurses sends for pio — CSI cursor moves,
erase, insert/delete, scroll region, SGR with pio's attributes and colours (never blink 5 or
hidden 8, which the hostile data carries), the DEC modes of the terminfo init/exit strings (?1, ?7,
?12, ?25, ?1049) and their title-stack push/pop (CSI 22;0;0 t, CSI 23;0;0 t), the mouse reports' modes (?1000, ?1006), charset designation ESC ( B / ESC ( 0, keypad ESC = / ESC >, ESC 7 / ESC 8,
ESC M. No OSC, DCS, APC, PM, SOS or screen-title sequence at all, no C0 byte but CR, LF and BS, no
C1 control (raw or UTF-8 encoded), no raw bidi override or zero-width scalar, valid UTF-8.
--plain (a command's table or JSON output): no escape sequence at all, no C0 but LF (and TAB).
Prints a summary; exits 1 with the offending bytes in context when something else is found."""
import sys

PRIVATE_MODES = {"1", "7", "12", "25", "1049", "1000", "1006"}
CSI_FINALS = set("ABCDGHJKLMPSTX@bdmrhl")
SGR_SINGLE = {0, 1, 2, 3, 4, 7, 22, 23, 24, 27, 39, 49} | set(range(30, 38)) | set(range(40, 48)) \
    | set(range(90, 98)) | set(range(100, 108))
FORBIDDEN_ESC = {ord("]"): "OSC", ord("P"): "DCS", ord("_"): "APC", ord("^"): "PM", ord("X"): "SOS",
                 ord("k"): "screen title"}
INVISIBLE = [(0x061C, 0x061C), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2069),
             (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0xE0000, 0xE007F), (0x2028, 0x2029)]


def sgr_ok(params):
    ps = [p for p in params.split(";")] if params else ["0"]
    i = 0
    while i < len(ps):
        p = ps[i] or "0"
        if not p.isdigit():
            return False
        n = int(p)
        if n in (38, 48):
            if i + 2 < len(ps) and ps[i + 1] == "5" and ps[i + 2].isdigit():
                i += 3; continue
            return False
        if n not in SGR_SINGLE:
            return False
        i += 1
    return True


def audit(data, plain):
    problems, kinds = [], {}
    def bad(at, why):
        problems.append(f"{why} at byte {at}: {data[max(0, at - 24):at + 24]!r}")
    i, n = 0, len(data)
    text = bytearray()
    while i < n:
        b = data[i]
        if b == 0x1B:
            if plain:
                bad(i, "escape sequence in plain output"); i += 1; continue
            nxt = data[i + 1] if i + 1 < n else None
            if nxt == ord("["):
                j = i + 2
                while j < n and 0x30 <= data[j] <= 0x3F: j += 1
                params = data[i + 2:j].decode("ascii", "replace")
                while j < n and 0x20 <= data[j] <= 0x2F: j += 1
                if j >= n:
                    bad(i, "unterminated CSI"); break
                final = chr(data[j])
                key = "CSI " + (params if params.startswith("?") else "") + final
                if params.startswith("?"):
                    ok = final in "hl" and all(m in PRIVATE_MODES for m in params[1:].split(";"))
                elif final == "m":
                    ok = sgr_ok(params)
                elif final in "hl":
                    ok = params in ("4",)
                elif final == "t":   # xterm's title stack push/pop in smcup/rmcup: saves, never sets
                    ok = params in ("22;0;0", "23;0;0")
                else:
                    ok = final in CSI_FINALS and all(c.isdigit() or c == ";" for c in params)
                if not ok:
                    bad(i, f"CSI {params!r} {final!r} is not one of pio's")
                kinds[key] = kinds.get(key, 0) + 1
                i = j + 1
            elif nxt in FORBIDDEN_ESC:
                bad(i, FORBIDDEN_ESC[nxt] + " sequence"); i += 2
            elif nxt is not None and chr(nxt) in "()":
                cs = data[i + 2:i + 3]
                if cs not in (b"B", b"0"):
                    bad(i, f"charset designation {cs!r}")
                kinds["ESC " + chr(nxt) + cs.decode("latin1")] = kinds.get("ESC " + chr(nxt) + cs.decode("latin1"), 0) + 1
                i += 3
            elif nxt is not None and chr(nxt) in "=>78M":
                kinds["ESC " + chr(nxt)] = kinds.get("ESC " + chr(nxt), 0) + 1
                i += 2
            else:
                bad(i, f"escape ESC {chr(nxt) if nxt is not None else 'EOF'!r}"); i += 2
            continue
        if b < 0x20 or b == 0x7F:
            allowed = (0x0A, 0x09) if plain else (0x0A, 0x0D, 0x08)
            if b not in allowed:
                bad(i, f"C0 control 0x{b:02x}")
            i += 1
            continue
        text.append(b)
        i += 1
    try:
        decoded = bytes(text).decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"invalid UTF-8: {e}")
        decoded = bytes(text).decode("utf-8", "replace")
    for k, ch in enumerate(decoded):
        v = ord(ch)
        if 0x80 <= v <= 0x9F:
            problems.append(f"C1 control U+{v:04X} near {decoded[max(0, k - 20):k + 20]!r}")
        elif any(lo <= v <= hi for lo, hi in INVISIBLE):
            problems.append(f"raw invisible/bidi U+{v:04X} near {decoded[max(0, k - 20):k + 20]!r}")
    return problems, kinds, decoded


def main():
    args = sys.argv[1:]
    plain = "--plain" in args
    files = [a for a in args if a != "--plain"]
    status = 0
    for path in files:
        data = open(path, "rb").read()
        problems, kinds, _ = audit(data, plain)
        summary = ", ".join(f"{k}×{v}" for k, v in sorted(kinds.items()))
        print(f"{path}: {len(data)} bytes{'; sequences: ' + summary if summary else ''}")
        for p in problems[:20]:
            print("  VIOLATION: " + p)
        if problems:
            status = 1
    sys.exit(status)


if __name__ == "__main__":
    main()
