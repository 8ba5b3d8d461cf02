#!/usr/bin/env python3
"""Measures pio through a real pty: start-up time to first data, bytes written per one-row move,
idle CPU over 10 s and resident memory. Prints each figure with its budget; exits 1 if one is over.
With SECTION_KEY and SECTION_NEEDLE (arguments 4 and 5) it then presses the key, measures the time
until the needle is on screen (section_load_s), and measures the moves in that section."""
import os, pty, select, signal, struct, sys, termios, fcntl, time

BIN = sys.argv[1]
NEEDLE = sys.argv[2].encode() if len(sys.argv) > 2 else b"pio-demo.example"
LABEL = sys.argv[3] if len(sys.argv) > 3 else "demo"
SECTION_KEY = sys.argv[4].encode() if len(sys.argv) > 4 else None
SECTION_NEEDLE = sys.argv[5].encode() if len(sys.argv) > 5 else None
WIDTH, HEIGHT = 80, 24
BUDGETS = {
    "demo": {"startup_s": 3.0, "bytes_per_move": 400, "idle_cpu_ticks_10s": 2, "rss_mb": 120},
    "large": {"startup_s": 8.0, "bytes_per_move": 400, "idle_cpu_ticks_10s": 2, "rss_mb": 250},
    # 100,000 invoices: about 23 MB of JSON fetched, decoded and indexed when `2` is pressed.
    "invoices": {"startup_s": 8.0, "section_load_s": 20.0, "bytes_per_move": 400, "idle_cpu_ticks_10s": 2, "rss_mb": 400},
}[LABEL]


def read_for(fd, seconds):
    out = b""
    end = time.time() + seconds
    while True:
        left = end - time.time()
        if left <= 0:
            return out
        r, _, _ = select.select([fd], [], [], left)
        if r:
            try:
                out += os.read(fd, 65536)
            except OSError:
                return out


def read_until(fd, needle, limit):
    out = b""
    end = time.time() + limit
    while needle not in out and time.time() < end:
        out += read_for(fd, 0.05)
    return out


def settle(fd):
    """Reads until the app has been quiet for 300 ms."""
    total = b""
    while True:
        chunk = read_for(fd, 0.3)
        if not chunk:
            return total
        total += chunk


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


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
