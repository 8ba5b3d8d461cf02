#!/usr/bin/env python3
"""Measures pio through a real pty: start-up time to first data, bytes written per one-row move,
idle CPU over 10 s and resident memory. Prints each figure with its budget; exits 1 if one is over.
With SECTION_KEY and SECTION_NEEDLE (arguments 4 and 5) it then presses the key, measures the time
until the needle is on screen (section_load_s), and measures the moves in that section."""
import os, pty, select, signal, struct, sys, termios, fcntl, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ptylib

BIN = sys.argv[1]
NEEDLE = sys.argv[2].encode() if len(sys.argv) > 2 else b"pio-demo.example"
LABEL = sys.argv[3] if len(sys.argv) > 3 else "demo"
SECTION_KEY = sys.argv[4].encode() if len(sys.argv) > 4 else None
SECTION_NEEDLE = sys.argv[5].encode() if len(sys.argv) > 5 else None
WIDTH, HEIGHT = 80, 24
BUDGETS = {
    # rss_mb is the peak (VmHWM) of the release build `make install` ships (Makefile, RELEASE).
    "demo": {"startup_s": 3.0, "bytes_per_move": 400, "idle_cpu_ticks_10s": 2, "rss_mb": 20},
    "large": {"startup_s": 8.0, "bytes_per_move": 400, "idle_cpu_ticks_10s": 2, "rss_mb": 40},
    # 10,000 services, then 100,000 invoices: about 23 MB of JSON fetched, decoded and prepared when
    # `2` is pressed; each invoice is made from its own small tree as the answer is parsed.
    "big": {"startup_s": 8.0, "section_load_s": 20.0, "bytes_per_move": 400, "idle_cpu_ticks_10s": 2, "rss_mb": 120},
}[LABEL]


read_for, read_until, settle, cpu_ticks = ptylib.read_for, ptylib.read_until, ptylib.settle, ptylib.cpu_ticks


def rss_mb(pid):
    return ptylib.memory_mb(pid, "VmHWM")


def main():
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    t0 = time.time()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(BIN, [BIN], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, WIDTH, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    figures = {}

    def timed_wait(name, needle, since, limit):
        """Records seconds from `since` until `needle` is on screen; False (pio stopped) if it never is."""
        out = read_until(fd, needle, limit)
        figures[name] = round(time.time() - since, 2)
        if needle not in out:
            print("pio did not show", needle, ":", out[-400:])
            os.kill(pid, signal.SIGTERM)
            return False
        settle(fd)
        return True

    if not timed_wait("startup_s", NEEDLE, t0, 30):
        return 1
    if SECTION_KEY:
        t1 = time.time()
        os.write(fd, SECTION_KEY)
        if not timed_wait("section_load_s", SECTION_NEEDLE, t1, 120):
            return 1
    moves = []
    for key in [b"j", b"j", b"k", b"j"]:
        os.write(fd, key)
        moves.append(len(settle(fd)))
    figures["bytes_per_move"] = max(moves)
    before = cpu_ticks(pid)
    read_for(fd, 10)
    figures["idle_cpu_ticks_10s"] = cpu_ticks(pid) - before
    figures["rss_mb"] = round(rss_mb(pid), 1)
    os.write(fd, b"q")
    read_for(fd, 1)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    over = False
    for name, value in figures.items():
        budget = BUDGETS[name]
        flag = "ok" if value <= budget else "OVER BUDGET"
        over |= value > budget
        print(f"{LABEL:6} {name:22} {value:>10}   budget {budget:>8}   {flag}")
    print(f"  (bytes for each of the moves j j k j: {moves})")
    return 1 if over else 0


sys.exit(main())
