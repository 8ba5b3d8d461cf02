#!/usr/bin/env python3
"""make soak: SOAK_SECONDS (default 600) of seeded random keys (SOAK_SEED, default 11) across every
pane, against pio-sandbox with 20 % of requests failing with 503 and 50 ms + 0…200 ms of latency.
Proves: pio never crashes, no spinner is left turning once the keys stop, requests per minute stay
bounded (printed), and every POST the server saw follows its own confirmation key (y or Enter)."""
import json, os, random, signal, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench"))
import ptylib

BIN = sys.argv[1]
SECONDS = int(os.environ.get("SOAK_SECONDS", "600"))
SEED = int(os.environ.get("SOAK_SEED", "11"))
KEYS_PER_SECOND = 10
MAX_REQUESTS_PER_MINUTE = 1200
FAULTS = ["--fail", "/*:503:0.2", "--fail", "/*/*:503:0.2", "--fail", "/*/*/*:503:0.2",
          "--latency", "50", "--jitter", "200"]
CONFIRM = {b"y", b"\r"}
# Weighted keys: moving, opening, leaving, sections, refresh, filters, actions, dialogs, typing.
KEYS = ([b"j"] * 8 + [b"k"] * 4 + [b"\x1b[B"] * 3 + [b"\x1b[A"] * 2 + [b"g", b"G", b"\x1b[6~", b"\x1b[5~"]
        + [b"\r"] * 6 + [b"\x1b"] * 5 + [b"h"] * 2 + [b"1", b"2", b"3", b"\t", b"\x1b[Z"] + [b"r"] * 2
        + [b"/", b"?", b"\x0c", b"\x15", b" ", b"+", b"-", b"\x1b[C", b"\x1b[D", b"\x7f"]
        + [b"l", b"c", b"u", b"a", b"o", b"p", b"s"] + [b"y"] * 2 + [b"n"] * 2
        + [bytes([c]) for c in b"abcdefghijkmtvwxz0123456789."])   # never q (quits) or O (sign out)


def start_sandbox(log):
    out = tempfile.NamedTemporaryFile(prefix="pio-soak-sandbox.", delete=False)
    proc = subprocess.Popen([os.path.join(BIN, "pio-sandbox"), "--port", "0", "--request-log", log] + FAULTS,
                            stdout=out, stderr=subprocess.STDOUT)
    for _ in range(300):
        line = open(out.name).readline()
        if line.startswith("listening on "):
            return proc, line.split(" ", 2)[2].strip()
        time.sleep(0.05)
    sys.exit("pio-sandbox did not start: " + open(out.name).read())


def new_posts(log, offset):
    with open(log) as f:
        f.seek(offset)
        data = f.read()
    lines = data.split("\n")
    done, rest = lines[:-1], lines[-1]
    posts = [json.loads(l)["path"] for l in done if l and json.loads(l)["method"] == "POST"]
    return [p for p in posts if p not in ("/api/login", "/api/token")], offset + len(data) - len(rest)


def main():
    work = tempfile.mkdtemp(prefix="pio-soak.")
    log = os.path.join(work, "requests.jsonl")
    open(log, "w").close()
    sandbox, url = start_sandbox(log)
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", PIO_URL=url, PIO_USER="demo@example.com",
               PIO_PASSWORD="demo", XDG_STATE_HOME=os.path.join(work, "state"), XDG_CONFIG_HOME=os.path.join(work, "config"))
    pid, fd = ptylib.spawn([os.path.join(BIN, "pio")], 100, 30, env)
    rng = random.Random(SEED)
    problems, unmatched, pressed, offset, output = [], 0, 0, 0, b""
    started = time.time()
    print(f"soak: {SECONDS}s of random keys, seed {SEED}, sandbox {' '.join(FAULTS)}")
    ptylib.read_for(fd, 2.0)
    while time.time() - started < SECONDS:
        key = rng.choice(KEYS)
        os.write(fd, key)
        pressed += 1
        if key in CONFIRM:
            unmatched += 1
        output = (output + ptylib.read_for(fd, 1.0 / KEYS_PER_SECOND))[-4096:]
        posts, offset = new_posts(log, offset)
        for path in posts:
            if unmatched == 0:
                problems.append(f"POST {path} with no confirmation key before it (key #{pressed})")
            unmatched = max(0, unmatched - 1)
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            problems.append(f"pio exited during the soak after {pressed} keys: status {status}; last output {output[-300:]!r}")
            break
    elapsed = time.time() - started
    if not problems:
        # No spinner left: once the keys stop and every request has ended, pio writes nothing at all.
        quiet_by = time.time() + 60
        while ptylib.read_for(fd, 3.0) and time.time() < quiet_by:
            pass
        if ptylib.read_for(fd, 3.0):
            problems.append("pio still writes 60 s after the last key: a spinner or a repaint loop is left running")
        os.write(fd, b"\x03")                     # Ctrl-C quits from anywhere
        ptylib.read_for(fd, 2.0)
        done, status = os.waitpid(pid, os.WNOHANG)
        if not done:
            problems.append("Ctrl-C did not end pio")
            os.kill(pid, signal.SIGKILL); os.waitpid(pid, 0)
        elif os.WIFSIGNALED(status):
            problems.append(f"pio died of signal {os.WTERMSIG(status)}")
    posts, offset = new_posts(log, offset)
    requests = sum(1 for l in open(log) if l.strip())
    rpm = requests / (elapsed / 60)
    failed = sum(1 for l in open(log) if l.strip() and json.loads(l)["status"] == 503)
    all_posts = [json.loads(l)["path"] for l in open(log) if l.strip() and json.loads(l)["method"] == "POST"]
    print(f"soak: {pressed} keys in {elapsed:.0f}s; {requests} requests ({failed} answered 503), "
          f"{rpm:.0f} requests per minute (budget {MAX_REQUESTS_PER_MINUTE}); {len(all_posts)} POSTs: "
          + ", ".join(f"{p}×{all_posts.count(p)}" for p in sorted(set(all_posts))))
    if rpm > MAX_REQUESTS_PER_MINUTE:
        problems.append(f"request storm: {rpm:.0f} requests per minute")
    sandbox.terminate(); sandbox.wait()
    for p in problems:
        print("  FAIL: " + p)
    print("soak: " + ("FAILED" if problems else "passed"))
    sys.exit(1 if problems else 0)


main()
