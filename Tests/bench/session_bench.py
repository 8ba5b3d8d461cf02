#!/usr/bin/env python3
"""Round trips before the first screen, with and without a stored session.

Starts pio-sandbox with --latency 0 and --latency 100, signs in once with `pio login`, then opens
pio in a pty until the services list is on screen (median of 3 starts each). The difference
between the two latencies, divided by 100 ms, is the number of sequential round trips the first
screen waited for. With a stored session it must be one (list and balance in parallel, no
/login); without one (PIO_PASSWORD, nothing stored) it is shown for comparison."""
import json, os, pty, select, signal, statistics, struct, subprocess, sys, tempfile, termios, fcntl, time

PIO, SANDBOX = sys.argv[1], sys.argv[2]
NEEDLE = b"pio-demo.example"
LATENCY_S = 0.1
BUDGETS = {"stored_round_trips": 1, "stored_logins_on_start": 0, "stored_startup_s_at_100ms": 1.5}


def start_sandbox(latency_ms, log):
    proc = subprocess.Popen([SANDBOX, "--port", "0", "--latency", str(latency_ms), "--request-log", log],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    line = proc.stdout.readline().decode()
    assert line.startswith("listening on "), line
    return proc, line.split("listening on ", 1)[1].strip()


def time_to_first_screen(env):
    t0 = time.time()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(PIO, [PIO], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    out = b""
    while NEEDLE not in out and time.time() - t0 < 20:
        r, _, _ = select.select([fd], [], [], 0.02)
        if r:
            try:
                out += os.read(fd, 65536)
            except OSError:
                break
    elapsed = time.time() - t0
    os.kill(pid, signal.SIGTERM)
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    if NEEDLE not in out:
        raise RuntimeError(f"pio did not show the list: {out[-300:]!r}")
    return elapsed


def logins(log):
    with open(log) as f:
        return sum(1 for line in f if json.loads(line)["path"] == "/api/login")


def measure(latency_ms, stored):
    state = tempfile.mkdtemp(prefix="pio-bench-state.")
    log = os.path.join(state, "requests.jsonl")
    proc, url = start_sandbox(latency_ms, log)
    try:
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", XDG_STATE_HOME=state,
                   XDG_CONFIG_HOME=os.path.join(state, "config"), PIO_URL=url, PIO_USER="demo@example.com")
        env.pop("PIO_PASSWORD", None)
        env.pop("PIO_LOG", None)
        if stored:
            subprocess.run([PIO, "login", "--password-stdin"], input=b"demo\n", env=env, check=True,
                           stdout=subprocess.DEVNULL)
        else:
            env["PIO_PASSWORD"] = "demo"
            env["XDG_STATE_HOME"] = os.path.join(state, "none")   # nothing stored, nothing resumed
        before = logins(log)
        times = []
        for _ in range(3):
            if not stored:
                subprocess.run(["rm", "-rf", env["XDG_STATE_HOME"]])
            times.append(time_to_first_screen(env))
        return statistics.median(times), round((logins(log) - before) / 3)
    finally:
        proc.terminate()
        proc.wait()
        subprocess.run(["rm", "-rf", state])


def main():
    stored0, _ = measure(0, True)
    stored100, stored_logins = measure(100, True)
    cold0, _ = measure(0, False)
    cold100, cold_logins = measure(100, False)
    figures = {
        "stored_round_trips": round((stored100 - stored0) / LATENCY_S),
        "stored_logins_on_start": stored_logins,
        "stored_startup_s_at_100ms": round(stored100, 2),
    }
    over = False
    for name, value in figures.items():
        budget = BUDGETS[name]
        flag = "ok" if value <= budget else "OVER BUDGET"
        over |= value > budget
        print(f"session {name:26} {value:>8}   budget {budget:>6}   {flag}")
    print(f"  (first screen at --latency 100: {stored100:.2f} s with a stored session, "
          f"{cold100:.2f} s signing in with PIO_PASSWORD = {round((cold100 - cold0) / LATENCY_S)} round trips, "
          f"{cold_logins:.0f} /login per start)")
    return 1 if over else 0


sys.exit(main())
