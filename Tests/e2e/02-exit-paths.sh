#!/usr/bin/env bash
# Journey: every way out restores the terminal — q, Ctrl-C, SIGTERM, SIGHUP, SIGQUIT, a crash —
# within a second, and leaves no pio process behind (none that spins, none that sleeps); a dropped
# link (the terminal itself closed) ends pio too.
source "$(dirname "$0")/lib.sh"
check() {
  local name=$1 expect=$2 how=$3 pid
  start "$name" 80 24 "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
  wait_for "$name" 'pio-demo\.example' || { fail "$name: UI did not come up"; return; }
  pid=$(pio_pid) || { fail "$name: no pio process found"; return; }
  case $how in
    q) keys "$name" q ;;
    ctrl-c) keys "$name" C-c ;;
    *) kill -s "$how" "$pid" ;;
  esac
  local code; code=$(wait_exit "$name" "$([ "$expect" = crash ] && echo 30 || echo 2)")
  [ "$code" = "$expect" ] || { [ "$expect" = "crash" ] && [ "$code" -gt 128 ] 2>/dev/null; } && ok "$name: exit code $code" || fail "$name: exit code $code, wanted $expect"
  terminal_restored "$name"
  pio_gone "$name" "$pid"
  "${TMUX_CMD[@]}" kill-session -t "$name"
}
check quit-key 0 q
check ctrlc 130 ctrl-c
check term 143 TERM
check hup 129 HUP
check quit 131 QUIT
# A crash signal: the C handler restores the terminal and exits 128+11 (20-crash-signals.sh: all of them).
check segv 139 SEGV

# The link drops: the terminal pio draws on goes away under it (tmux closes the pane's pty, as sshd
# does when the connection dies). There is no terminal left to check, only that pio is gone.
start dropped 80 24 "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
if wait_for dropped 'pio-demo\.example'; then
  pid=$(pio_pid) && { "${TMUX_CMD[@]}" kill-session -t dropped; pio_gone dropped "$pid" 5; } || fail "dropped: no pio process found"
else
  fail "dropped: UI did not come up"
fi
finish
