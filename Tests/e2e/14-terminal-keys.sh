#!/usr/bin/env bash
# Journey (issue 11, keys as terminals send them): cursor keys in their normal form (ESC [ A …) and
# the Home/End variants move like the application form; ESC+key is Alt+key where one is bound, else Esc then the key;
# 50 characters pasted into a text field land whole and in order.
source "$(dirname "$0")/lib.sh"

selected() { screen keys | sed -n 's/^> *\([0-9][0-9]*\) .*/\1/p'; }
raw() { keys keys -H "$@"; }
# at ROW — the selection is on ROW; moved_from ROW — it is on a row, not ROW (each key is waited for on screen).
at() { [ "$(selected)" = "$1" ]; }
moved_from() { local row; row=$(selected); [ -n "$row" ] && [ "$row" != "$1" ]; }

mkdir -p "$WORK/config/pio"
printf 'keys:\n  global.toggle-help: ["?", Alt-h]\n' > "$WORK/config/pio/config.yaml"
start keys 80 24 "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
wait_for keys 'pio-demo\.example' || fail "services not on screen"
first=$(selected)
raw 1b 5b 42                                            # ESC [ B: down, normal form
wait_until 5 moved_from "$first"; second=$(selected)
[ -n "$second" ] && [ "$second" != "$first" ] && ok "ESC [ B moves down ($first -> $second)" || fail "ESC [ B did not move ($first -> $second)"
raw 1b 5b 41                                            # ESC [ A: up
wait_until 5 at "$first" && ok "ESC [ A moves up" || fail "ESC [ A did not move up: $(selected)"
raw 1b 5b 46; wait_until 5 moved_from "$first"; last=$(selected)   # ESC [ F: end
raw 1b 5b 48                                            # ESC [ H: home
wait_until 5 at "$first" && [ "$last" != "$first" ] && ok "ESC [ F / ESC [ H reach the last / first row" || fail "ESC [ F/H: $last, $(selected)"
raw 1b 5b 34 7e                                         # ESC [ 4 ~: end
wait_until 5 at "$last" && ok "ESC [ 4 ~ is End" || fail "ESC [ 4 ~ gave $(selected)"
raw 1b 5b 31 7e                                         # ESC [ 1 ~: home
wait_until 5 at "$first" && ok "ESC [ 1 ~ is Home" || fail "ESC [ 1 ~ gave $(selected)"
raw 1b 4f 42                                            # ESC O B: down, application form
wait_until 5 at "$second" && ok "ESC O B still moves down" || fail "ESC O B gave $(selected)"

# ESC j together: Alt-j is bound to nothing, so it is what the user typed quickly, Esc then j (down).
raw 1b 6a
wait_until 5 moved_from "$second" && ok "unbound Alt-j reads as Esc then j" || fail "ESC j gave $(selected)"
# ESC h together with Alt-h bound (config.yaml): one key, the help, not Esc then h.
raw 1b 68
wait_for keys 'Keys' 5 >/dev/null && ok "bound Alt-h is one key: the help opens" || fail "Alt-h did not open the help"
screen keys | grep -Eq '\?/Alt-h +this help' && ok "the help shows the user's keys" || fail "the help does not show the overridden keys"
keys keys Escape; wait_gone keys 'Keys' 5 || fail "Esc did not close the help"

# A paste of 50 characters into the label editor lands whole, in order.
keys keys / ; keys keys -l 'vps01' ; keys keys Enter
wait_for keys '^> +303 ' 10 || fail "filter did not select 303"
keys keys Enter
wait_for keys 'Actions: .*l label' 10 || fail "detail without the label action"
keys keys l; keys keys C-u
paste="abcdefghij-klmnopqrst-uvwxyz0123-456789ABCD-EFGHIJKLM"
paste=${paste:0:50}
keys keys -l "$paste"; keys keys Enter
wait_for keys 'Label changed' 10 && wait_for keys 'Actions: ' 5 && screen keys | grep -Eq "Label +$paste" \
  && ok "50 pasted characters saved in order" || fail "paste did not land whole"
keys keys q q q   # detail → list (filter kept) → filter cleared → quit
[ "$(wait_exit keys 10)" = "0" ] && ok "q exits with 0" || fail "did not exit"
terminal_restored keys
finish
