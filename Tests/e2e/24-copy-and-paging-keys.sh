#!/usr/bin/env bash
# Journey: the paging keys users bring from less, vim and lazygit (F1, Ctrl-D, l, h; Ctrl-D and g on
# the upgrade pane too), and `y` then
# `p` copying a service's password to the terminal's clipboard with OSC 52 while
# Tests/hostile/ptyrecord.py records every byte pio writes. The log must hold exactly one OSC 52
# sequence, ESC ] 52 ; c ; base64(value) BEL, carrying the value pio sanitised (the hostile
# dataset's password holds ESC bytes: they arrive as the two characters ^[), and nothing else the
# escape audit refuses; the password is never drawn. tmux with `set-clipboard on` takes the
# sequence into its paste buffer, as it would for a user. --no-clipboard (and PIO_CLIPBOARD=0,
# clipboard: false) leaves `y` without effect.
source "$(dirname "$0")/lib.sh"
"${TMUX_CMD[@]}" set -g set-clipboard on

# check_osc52 LOG VALUE — see Tests/hostile/check_osc52.py.
check_osc52() { python3 "$ROOT/Tests/hostile/check_osc52.py" "$1" "$2"; }

# 1. Demo data: F1, Ctrl-D, l to open, y p to copy the password.
LOG="$WORK/demo.bytes"
start demo 100 30 "python3 '$ROOT/Tests/hostile/ptyrecord.py' '$LOG' -- '$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
see() { wait_for "$1" "$2" "${3:-10}" && ok "$4" || fail "$4: /$2/ not on screen"; }
see demo '^[> ] +301 ' 60 "services list"
keys demo F1;      see demo 'Ctrl-L/Ctrl-Z/Ctrl-C' 10 "F1 opens the help, which lists Ctrl-L, Ctrl-Z and Ctrl-C"
screen demo | grep -q 'Ctrl-U/Ctrl-D' && screen demo | grep -q 'PgDn/Space/Ctrl-F' && screen demo | grep -q 'Enter/l/→' \
  && ok "the help lists the paging keys" || fail "paging keys missing from the help"
keys demo F1;      wait_gone demo 'Ctrl-L/Ctrl-Z/Ctrl-C' 5 && ok "F1 closes it" || fail "help still open"
selected() { screen demo | grep -E '^> ' | awk '{print $2}'; }
top=$(selected)
moved() { [ "$(selected)" != "$top" ]; }
keys demo C-d;     wait_until 5 moved && ok "Ctrl-D moves the selection (#$top to #$(selected))" || fail "Ctrl-D did not move the selection"
keys demo / ; keys demo -l 301 ; keys demo Enter
see demo '^> +301 ' 10 "filtered to 301"
keys demo l;       see demo 'Actions: ' 10 "l opens the row"
see demo 'y copy' 5 "the status bar offers y copy"
keys demo y;       see demo 'Copy to the clipboard' 5 "y opens the chooser"
screen demo | grep -q 'p  the password (not shown)' && ok "the chooser names the password" || fail "no password line in the chooser"
keys demo p;       see demo 'Copied the password \(11 characters\)' 5 "the message says what was copied"
screen demo | grep -q 'S4ndb0x' && fail "the password is on the screen" || ok "the password is not drawn"
buffer_is() { [ "$("${TMUX_CMD[@]}" show-buffer 2>/dev/null)" = "$1" ]; }
wait_until 5 buffer_is 'S4ndb0x-pw!' \
  && ok "tmux (set-clipboard on) received the password" || fail "tmux buffer: $("${TMUX_CMD[@]}" show-buffer 2>&1 | head -c 80)"
keys demo u;       see demo '> Disk Size ' 10 "u opens the upgrade pane"
keys demo C-d;     see demo '> Email accounts ' 5 "Ctrl-D moves the upgrade pane's focus half a page"
keys demo g;       see demo '> Disk Size ' 5 "g goes back to the first resource"
keys demo Escape;  see demo 'Actions: ' 10 "Esc goes back to the service"
keys demo h;       see demo '^> +301 ' 10 "h goes back to the list"
keys demo Escape q
code=$(wait_exit demo 15)
[ "$code" = "0" ] && ok "quits with 0" || fail "exit code $code"
out=$(check_osc52 "$LOG" 'S4ndb0x-pw!' 2>&1) && ok "raw output: $out" || fail "raw output: $out"

# 2. Hostile data: the password's ESC bytes are copied as pio shows them (^[), never raw; copying
#    and quitting typed in one burst still copies.
LOG2="$WORK/hostile.bytes"
SANDBOX_ARGS="--dataset hostile" start hostile 120 30 \
  "python3 '$ROOT/Tests/hostile/ptyrecord.py' '$LOG2' -- '$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
see hostile '^[> ] +301 ' 60 "hostile services list"
keys hostile / ; keys hostile -l 303 ; keys hostile Enter Enter
see hostile 'Actions: ' 10 "hostile service detail"
# y p and the keys that quit in one burst: the copy is still written before pio ends.
keys hostile y p Escape q q
code=$(wait_exit hostile 15)
[ "$code" = "0" ] && ok "quits with 0" || fail "exit code $code"
out=$(check_osc52 "$LOG2" '^[[8mhidden^[[0m' 2>&1) && ok "raw output carries the sanitised value: $out" || fail "hostile raw output: $out"

# 3. Turned off: y does nothing, no OSC 52 is written.
LOG3="$WORK/off.bytes"
start off 100 30 "python3 '$ROOT/Tests/hostile/ptyrecord.py' '$LOG3' -- '$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio' --no-clipboard"
see off '^[> ] +301 ' 60 "services list (--no-clipboard)"
keys off / ; keys off -l 301 ; keys off Enter Enter
see off 'Actions: ' 10 "service detail (--no-clipboard)"
screen off | grep -q 'y copy' && fail "y copy offered with --no-clipboard" || ok "no y copy in the status bar"
keys off y; sleep 0.5
screen off | grep -q 'Copy to the clipboard' && fail "y opened the chooser with --no-clipboard" || ok "y does nothing with --no-clipboard"
keys off Escape q q
code=$(wait_exit off 15)
[ "$code" = "0" ] && ok "quits with 0" || fail "exit code $code"
grep -qF $'\e]52' "$LOG3" && fail "an OSC 52 was written with --no-clipboard" || ok "no OSC 52 with --no-clipboard"

# The setting's other sources, as pio config reads them.
export XDG_CONFIG_HOME="$WORK/config" XDG_STATE_HOME="$WORK/state"
[ "$(PIO_CLIPBOARD=0 "$BIN/pio" config get clipboard)" = "false" ] && ok "PIO_CLIPBOARD=0 turns it off" || fail "PIO_CLIPBOARD=0"
"$BIN/pio" config set clipboard false >/dev/null 2>&1 && [ "$("$BIN/pio" config get clipboard)" = "false" ] \
  && ok "config set clipboard false" || fail "config set/get clipboard"
"$BIN/pio" config set clipboard maybe >"$WORK/bad" 2>&1 && fail "clipboard: maybe accepted" \
  || { grep -q 'true or false' "$WORK/bad" && ok "clipboard: maybe refused ($(head -c 120 "$WORK/bad"))" || fail "refusal: $(cat "$WORK/bad")"; }
finish
