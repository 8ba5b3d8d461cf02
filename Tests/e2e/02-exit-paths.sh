#!/usr/bin/env bash
# Journey: every way out restores the terminal — Ctrl-C, SIGTERM, SIGHUP, SIGQUIT — within a second.
source "$(dirname "$0")/lib.sh"
check() {
  local name=$1 expect=$2 how=$3
  start "$name" 80 24 "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
  wait_for "$name" 'pio-demo\.example' || { fail "$name: UI did not come up"; return; }
  case $how in
    ctrl-c) keys "$name" C-c ;;
    *) kill -s "$how" "$(pio_pid)" ;;
  esac
  local code; code=$(wait_exit "$name" "$([ "$expect" = crash ] && echo 30 || echo 2)")
  [ "$code" = "$expect" ] || { [ "$expect" = "crash" ] && [ "$code" -gt 128 ] 2>/dev/null; } && ok "$name: exit code $code" || fail "$name: exit code $code, wanted $expect"
  terminal_restored "$name"
  "${TMUX_CMD[@]}" kill-session -t "$name"
}
check ctrlc 130 ctrl-c
check term 143 TERM
check hup 129 HUP
check quit 131 QUIT
# A crash signal: the C handler restores the terminal, then hands over to Swift's backtracer.
check segv crash SEGV
finish
