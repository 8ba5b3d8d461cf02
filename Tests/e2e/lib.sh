#!/usr/bin/env bash
# Helpers for the tmux journeys: sessions, waiting on screen content, terminal-state checks.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${PIO_BIN_DIR:-$(cd "$ROOT" && swift build --show-bin-path)}
export PIO_BIN_DIR=$BIN
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pio-e2e.XXXXXX")
# Every pio a journey runs, in tmux or not, keeps its sessions and settings here, never in the
# home folder of whoever runs the tests.
export XDG_STATE_HOME="$WORK/state" XDG_CONFIG_HOME="$WORK/config"
SOCKET="pio-e2e-$$"
TMUX_CMD=(tmux -L "$SOCKET" -f /dev/null)
FAILED=0

SANDBOX_PID=""
cleanup() {
  "${TMUX_CMD[@]}" kill-server 2>/dev/null
  [ -n "$SANDBOX_PID" ] && kill "$SANDBOX_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
# Journeys kill their sessions one after another; this one keeps the tmux server up between them
# (a new session racing a server that is exiting fails with "server exited unexpectedly").
"${TMUX_CMD[@]}" new-session -d -s _keep 'sleep 3600'

fail() { echo "  FAIL: $*"; FAILED=1; }
ok() { echo "  ok: $*"; }

# start NAME WIDTH HEIGHT COMMAND — runs COMMAND in a fresh session; records stty before/after and the exit code.
start() {
  local name=$1 w=$2 h=$3; shift 3
  local d="$WORK/$name"; mkdir -p "$d"; rm -f "$d/exit" "$d/stty.after"
  # The command sees the caller's environment as it is now (a tmux server keeps the environment
  # it was started with), then the terminal and the journey's own directories.
  export -p > "$d/env.sh"
  cat >"$d/run.sh" <<SCRIPT
source "$d/env.sh" 2>/dev/null
unset TMUX TMUX_PANE
export TERM=xterm-256color LANG=C.UTF-8 PIO_BIN_DIR='$BIN' XDG_STATE_HOME='$WORK/state' XDG_CONFIG_HOME='$WORK/config'
stty -g > "$d/stty.before"
$*
echo \$? > "$d/exit.tmp"; stty -g > "$d/stty.after"; mv "$d/exit.tmp" "$d/exit"
exec sleep 600
SCRIPT
  "${TMUX_CMD[@]}" new-session -d -s "$name" -x "$w" -y "$h" "env -i bash '$d/run.sh'"
}

screen() { "${TMUX_CMD[@]}" capture-pane -p -t "$1"; }
keys() { local s=$1; shift; "${TMUX_CMD[@]}" send-keys -t "$s" "$@"; }

# wait_for NAME REGEX [SECONDS] — polls the screen until it matches.
wait_for() {
  local name=$1 pattern=$2 limit=${3:-60} i
  for ((i = 0; i < limit * 20; i++)); do
    screen "$name" | grep -Eq -- "$pattern" && return 0
    sleep 0.05
  done
  echo "  --- screen of $name (waited for /$pattern/) ---"; screen "$name" | sed 's/^/  | /'
  return 1
}

# wait_gone NAME REGEX [SECONDS] — polls the screen until it no longer matches.
wait_gone() {
  local name=$1 pattern=$2 limit=${3:-10} i
  for ((i = 0; i < limit * 20; i++)); do
    screen "$name" | grep -Eq -- "$pattern" || return 0
    sleep 0.05
  done
  return 1
}

# wait_until SECONDS COMMAND… — polls until COMMAND succeeds, for what a regex on one screen cannot
# say (a value that must change, a line in a request log).
wait_until() {
  local limit=$1 i; shift
  for ((i = 0; i < limit * 20; i++)); do
    "$@" && return 0
    sleep 0.05
  done
  return 1
}

# wait_exit NAME [SECONDS] — waits until the command in the session has exited; prints its code.
wait_exit() {
  local name=$1 limit=${2:-10} i
  for ((i = 0; i < limit * 20; i++)); do
    [ -f "$WORK/$name/exit" ] && { cat "$WORK/$name/exit"; return 0; }
    sleep 0.05
  done
  echo "timeout"; return 1
}

# terminal_restored NAME — stty unchanged, alternate screen off, cursor visible.
terminal_restored() {
  local name=$1 d="$WORK/$1"
  if cmp -s "$d/stty.before" "$d/stty.after"; then ok "$name: stty -g unchanged"; else fail "$name: stty changed: $(cat "$d/stty.before") -> $(cat "$d/stty.after")"; fi
  local alt cur
  alt=$("${TMUX_CMD[@]}" display -p -t "$name" '#{alternate_on}')
  cur=$("${TMUX_CMD[@]}" display -p -t "$name" '#{cursor_flag}')
  [ "$alt" = "0" ] && ok "$name: alternate screen off" || fail "$name: still in the alternate screen"
  [ "$cur" = "1" ] && ok "$name: cursor visible" || fail "$name: cursor hidden"
}

# pio_pid — the pio started by this journey (its XDG_STATE_HOME is this journey's), not another
# run's that happens to be newer on a shared machine.
pio_pid() {
  local p
  for p in $(pgrep -x pio); do
    tr '\0' '\n' < "/proc/$p/environ" 2>/dev/null | grep -qx "XDG_STATE_HOME=$WORK/state" && { echo "$p"; return 0; }
  done
  return 1
}

# pio_gone NAME PID [SECONDS] — the process has exited; if it is still there, says whether it spins
# (CPU ticks over half a second) or sleeps.
pio_gone() {
  local name=$1 pid=$2 limit=${3:-3} i t0 t1
  for ((i = 0; i < limit * 20; i++)); do
    [ -d "/proc/$pid" ] || { ok "$name: no pio process remains"; return 0; }
    sleep 0.05
  done
  t0=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null); sleep 0.5
  t1=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null)
  fail "$name: pio $pid still runs ($(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) state, $((t1 - t0)) CPU ticks in 0.5 s)"
  kill -KILL "$pid" 2>/dev/null
  return 1
}

# start_sandbox [SANDBOX FLAGS…] — runs pio-sandbox on a free port for this script; sets SANDBOX_URL.
start_sandbox() {
  local out="$WORK/sandbox.out" i
  "$BIN/pio-sandbox" --port 0 "$@" >"$out" 2>&1 &
  SANDBOX_PID=$!
  for ((i = 0; i < 200; i++)); do
    SANDBOX_URL=$(head -n 1 "$out" 2>/dev/null | sed -n 's/^listening on //p')
    [ -n "$SANDBOX_URL" ] && return 0
    sleep 0.05
  done
  fail "pio-sandbox did not start: $(cat "$out")"; return 1
}

# posts_logged LOG ROUTE — how many POSTs to ROUTE (a path suffix) the sandbox request log holds.
posts_logged() { python3 - "$1" "$2" <<'PY'
import json, sys
n = 0
for line in open(sys.argv[1]):
    try:
        r = json.loads(line)
    except ValueError:
        continue
    if r.get("method") == "POST" and r.get("path", "").rstrip("/").endswith(sys.argv[2]):
        n += 1
print(n)
PY
}

finish() {
  if [ "$FAILED" -ne 0 ]; then echo "$(basename "$0"): FAILED"; exit 1; fi
  echo "$(basename "$0"): passed"
}
