#!/usr/bin/env python3
"""ptyrecord.py LOG -- COMMAND...: runs COMMAND on a fresh pty at this terminal's size, passes keys
through, and copies every byte COMMAND writes both to this terminal and to LOG (raw). Resizes are
forwarded. Exits with COMMAND's exit code."""
import fcntl, os, select, signal, struct, sys, termios, tty
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench"))
import ptylib

log_path, argv = sys.argv[1], sys.argv[sys.argv.index("--") + 1:]
def size():
    rows, cols, _, _ = struct.unpack("HHHH", fcntl.ioctl(0, termios.TIOCGWINSZ, b"\0" * 8))
    return cols, rows

cols, rows = size()
pid, fd = ptylib.spawn(argv, cols, rows, dict(os.environ))
def resize(*_):
    c, r = size()
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", r, c, 0, 0))
    os.kill(pid, signal.SIGWINCH)
signal.signal(signal.SIGWINCH, resize)
saved = termios.tcgetattr(0)
tty.setraw(0)
log = open(log_path, "ab", buffering=0)
try:
    while True:
        try:
            r, _, _ = select.select([0, fd], [], [])
        except InterruptedError:
            continue
        if fd in r:
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            if not data:
                break
            log.write(data); os.write(1, data)
        if 0 in r:
            data = os.read(0, 4096)
            if not data:
                break
            os.write(fd, data)
finally:
    termios.tcsetattr(0, termios.TCSADRAIN, saved)
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
