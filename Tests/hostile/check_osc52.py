#!/usr/bin/env python3
"""check_osc52.py LOG VALUE: pio's raw output LOG holds exactly one OSC 52 sequence, carrying
VALUE's base64; VALUE's text is nowhere else in the bytes; with that sequence taken out, the
escape audit passes. Exits 1 naming what is wrong."""
import base64, os, re, subprocess, sys, tempfile

log, value = open(sys.argv[1], "rb").read(), sys.argv[2].encode()
audit = os.path.join(os.path.dirname(os.path.abspath(__file__)), "escape_audit.py")
oscs = re.findall(rb"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)", log)
want = b"\x1b]52;c;" + base64.b64encode(value) + b"\x07"
if oscs != [want]:
    sys.exit(f"OSC sequences {oscs!r}, want exactly [{want!r}]")
rest = log.replace(want, b"", 1)
if value in rest:
    sys.exit("the copied value is in pio's output outside the clipboard sequence")
with tempfile.NamedTemporaryFile(suffix=".bytes") as f:
    f.write(rest)
    f.flush()
    r = subprocess.run([sys.executable, audit, f.name], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("escape audit without the OSC 52: " + r.stdout[-600:])
print(f"one OSC 52 of {len(want)} bytes, {base64.b64encode(value).decode()}")
