"""Driving a program through a pseudo-terminal: start it at a size, read what it writes, wait until
it is quiet, and read its CPU time and memory from /proc."""
import fcntl, os, pty, select, signal, struct, termios, time


def spawn(argv, width, height, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    return pid, fd


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


def settle(fd, quiet=0.3, limit=10.0):
    """Reads until the program has written nothing for `quiet` seconds (at most `limit`)."""
    total = b""
    end = time.time() + limit
    while time.time() < end:
        chunk = read_for(fd, quiet)
        if not chunk:
            return total
        total += chunk
    return total


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def memory_mb(pid, field="VmRSS"):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def stop(pid, fd, quit_key=b"q"):
    try:
        os.write(fd, quit_key)
    except OSError:
        pass
    read_for(fd, 1)
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
