#!/usr/bin/env bash
# Journey: the demo services appear, the selection moves, `q` quits and the terminal is as before.
source "$(dirname "$0")/lib.sh"
start main 80 24 "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
wait_for main 'pio-demo\.example' || fail "demo service not on screen"
first=$(screen main)
keys main j
wait_for main 'row 2/' 10 || fail "selection did not move to row 2"
keys main k
wait_for main 'row 1/' 10 || fail "selection did not move back to row 1"
[ "$(screen main)" = "$first" ] || fail "screen differs after moving down and up again"
keys main q
code=$(wait_exit main 10)
[ "$code" = "0" ] && ok "q exits with 0" || fail "q: exit code $code"
terminal_restored main
finish
