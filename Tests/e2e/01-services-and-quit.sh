#!/usr/bin/env bash
# Journey: the demo services appear, the selection moves, `q` quits and the terminal is as before.
source "$(dirname "$0")/lib.sh"
start main 80 24 "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
wait_for main 'pio-demo\.example' || fail "demo service not on screen"
first=$(screen main)
selected() { screen main | grep -E '^> ' | head -n 1 | awk '{print $2}'; }
top=$(selected)
second=$(screen main | grep -A1 -E '^> ' | sed -n 2p | awk '{print $1}')
[ -n "$top" ] && [ -n "$second" ] || fail "no selected row marked with '>'"
keys main j
wait_for main "^> +$second " 10 && ok "j moves the selection to $second" || fail "selection did not move to $second"
keys main k
wait_for main "^> +$top " 10 && ok "k moves it back to $top" || fail "selection did not move back to $top"
[ "$(screen main)" = "$first" ] && ok "screen identical after j k" || fail "screen differs after moving down and up again"
keys main q
code=$(wait_exit main 10)
[ "$code" = "0" ] && ok "q exits with 0" || fail "q: exit code $code"
terminal_restored main
finish
