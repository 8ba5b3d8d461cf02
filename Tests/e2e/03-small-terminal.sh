#!/usr/bin/env bash
# Journey: a terminal too small for the portal says so, and `q` still quits cleanly.
source "$(dirname "$0")/lib.sh"
start tiny 30 8 "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
wait_for tiny '[Tt]oo small' || fail "no 'too small' message at 30x8"
keys tiny q
code=$(wait_exit tiny 10)
[ "$code" = "0" ] && ok "q quits at 30x8" || fail "exit code $code at 30x8"
terminal_restored tiny
finish
