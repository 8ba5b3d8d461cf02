#!/usr/bin/env bash
# Journey (issue 22, mouse): pio asks the terminal for xterm's SGR mouse reports and reads them as
# a terminal sends them (the bytes go in with `tmux send-keys -l`; SGR counts cells from 1). A
# click selects a row and a second one opens it, `y p` then copies the password, and
# Tests/hostile/ptyrecord.py's log of every byte pio wrote holds exactly one OSC 52 with that
# password's base64; the wheel moves the selection, a tab click switches section, a dialog's No
# closes it and Yes confirms. A report cut short (or split across two reads) types nothing. The
# reports are turned off again after q, Ctrl-Z (on again after fg) and a crash; with --no-mouse,
# PIO_MOUSE=0 or `mouse: false` they are never turned on. tmux's pane flags say what the terminal
# itself was left with.
source "$(dirname "$0")/lib.sh"
ENABLE=$'\e[?1000h\e[?1006h'
DISABLE=$'\e[?1006l\e[?1000l'
PASSWORD=$(python3 -c 'import json, sys
print(next(s["password"] for s in json.load(open(sys.argv[1])) if s["id"] == 301))' "$ROOT/Assets/sandbox/services.json")

see() { wait_for "$1" "$2" "${3:-10}" && ok "$4" || fail "$4: /$2/ not on screen"; }
# cell NAME TEXT — "COL ROW" of the first place TEXT is on NAME's screen, counted from 1 as SGR does.
cell() { screen "$1" | python3 -c 'import sys
for y, line in enumerate(sys.stdin.read().split("\n"), 1):
    x = line.find(sys.argv[1])
    if x >= 0:
        print(x + 1, y); break' "$2"; }
# report NAME CODE COL ROW [FINAL] — one SGR report, as the terminal writes it.
report() { keys "$1" -l $'\e[<'"$2;$3;$4${5:-M}"; }
# click NAME TEXT — a left press and release on TEXT.
click() {
  local at; at=$(cell "$1" "$2")
  [ -n "$at" ] || { fail "click: '$2' is not on screen"; return 1; }
  set -- "$1" $at
  report "$1" 0 "$2" "$3"; report "$1" 0 "$2" "$3" m
}
wheel() { local at; at=$(cell "$1" "$3"); set -- "$1" "$2" $at; report "$1" "$2" "$3" "$4"; }
mouse_flags() { "${TMUX_CMD[@]}" display -p -t "$1" '#{mouse_standard_flag}#{mouse_sgr_flag}'; }
flags_are() { [ "$(mouse_flags "$1")" = "$2" ]; }
# mode_order LOG — "on", "off" or "none": whether the last mode sequence in LOG turned reports on.
mode_order() { python3 - "$1" "$ENABLE" "$DISABLE" <<'PY'
import sys
log, on, off = open(sys.argv[1], "rb").read(), sys.argv[2].encode(), sys.argv[3].encode()
last_on, last_off = log.rfind(on), log.rfind(off)
print("none" if last_on < 0 and last_off < 0 else "on" if last_on > last_off else "off")
PY
}
selected() { screen "$1" | sed -n 's/^> *\([0-9][0-9]*\) .*/\1/p'; }
is_selected() { [ "$(selected "$1")" = "$2" ]; }

# check_osc52 LOG VALUE — see Tests/hostile/check_osc52.py.
check_osc52() { python3 "$ROOT/Tests/hostile/check_osc52.py" "$1" "$2"; }

# 1. Demo data, every byte recorded.
LOG="$WORK/demo.bytes"
start demo 100 30 "python3 '$ROOT/Tests/hostile/ptyrecord.py' '$LOG' -- '$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
see demo '^[> ] +301 ' 60 "services list"
[ "$(mode_order "$LOG")" = on ] && ok "the enable sequence is in pio's output" || fail "no enable sequence: $(mode_order "$LOG")"
flags_are demo 11 && ok "tmux reports the mouse to pio in SGR form" || fail "tmux pane mouse flags $(mouse_flags demo)"

# Section tabs.
click demo '2 Invoices'; see demo '\[2 Invoices\]' 10 "a click on the Invoices tab switches section"
click demo '1 Services'; see demo '\[1 Services\]' 10 "a click on the Services tab switches back"
wait_for demo '^[> ] +301 ' 10 >/dev/null

# In the filter field: a report cut short, then letters; a report split across two reads.
keys demo /
keys demo -l $'\e[<1;2'; keys demo -l 'shop'
keys demo -l $'\e[<65;10;'; sleep 0.3; keys demo -l '5M'   # the pause puts the halves in two reads
keys demo Enter
see demo '^> +302 ' 10 "garbage and a split report typed nothing: the filter 'shop' selects 302"
screen demo | grep -Eq '^[> ] +30[134] ' && fail "the filter is not 'shop': $(screen demo | tail -1)" || ok "only 302 is listed"
screen demo | grep -q '1;2\|;10;' && fail "report digits reached the screen" || ok "no report digits on screen"
keys demo q; see demo '^[> ] +301 ' 10 "q clears the filter"

# A click selects a row, a second click opens it, y p copies the password.
click demo ' 301 '; wait_until 5 is_selected demo 301 && ok "a click selects 301" || fail "click selected $(selected demo)"
screen demo | grep -q 'Actions: ' && fail "the first click opened the row" || ok "the first click only selects"
click demo ' 301 '; see demo 'Actions: ' 10 "a second click opens 301"
keys demo y;        see demo 'Copy to the clipboard' 5 "y opens the chooser"
keys demo p;        see demo 'Copied the password' 5 "p copies the password"
keys demo h;        see demo '^> +301 ' 10 "h goes back to the list"

# The wheel moves the selection (three rows a notch).
wheel demo 65 ' 301 '; wait_until 5 eval '! is_selected demo 301' && ok "wheel down moves the selection (to $(selected demo))" \
  || fail "wheel down left $(selected demo)"
wheel demo 64 ' 301 '; wait_until 5 is_selected demo 301 && ok "wheel up moves it back" || fail "wheel up: $(selected demo)"

# A confirm dialog: No closes it, Yes confirms (signing out).
keys demo O;        see demo 'Yes, sign out' 5 "O asks before signing out"
click demo ' No '
wait_gone demo 'Yes, sign out' 5 && screen demo | grep -Eq '^[> ] +301 ' && ok "a click on No closes the question" \
  || fail "No: $(screen demo | grep -v '^ *$' | tail -3)"
keys demo O;        see demo 'Yes, sign out' 5 "O asks again"
click demo 'Yes, sign out'; see demo 'Signed out' 10 "a click on Yes signs out"
keys demo Escape
code=$(wait_exit demo 15)
[ "$code" = "0" ] && ok "quits with 0" || fail "exit code $code"
[ "$(mode_order "$LOG")" = off ] && ok "the disable sequence follows the last enable" || fail "mouse left $(mode_order "$LOG")"
flags_are demo 00 && ok "tmux no longer reports the mouse" || fail "tmux pane mouse flags $(mouse_flags demo)"
terminal_restored demo
out=$(check_osc52 "$LOG" "$PASSWORD" 2>&1) && ok "raw output: $out" || fail "raw output: $out"
"${TMUX_CMD[@]}" kill-session -t demo

# 1b. TERM=tmux-256color, whose terminfo binds ESC [ M (X10) rather than ESC [ <: reports read the
#     same; an X10 report (a terminal that ignores 1006) is dropped with its three bytes.
start tmuxterm 100 30 "env TERM=tmux-256color '$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
see tmuxterm '^> +304 ' 60 "tmux-256color: services list"
keys tmuxterm /; keys tmuxterm -l $'\e[M 5%'; keys tmuxterm -l 'shop'; keys tmuxterm Enter
see tmuxterm '^> +302 ' 10 "tmux-256color: an X10 report typed nothing into the filter"
keys tmuxterm q; see tmuxterm '^[> ] +304 ' 10 "tmux-256color: q clears the filter"
click tmuxterm ' 301 '; wait_until 5 is_selected tmuxterm 301 && ok "tmux-256color: a click selects 301" \
  || fail "tmux-256color: click selected $(selected tmuxterm)"
keys tmuxterm q
[ "$(wait_exit tmuxterm 15)" = 0 ] && ok "tmux-256color: quits with 0" || fail "tmux-256color: exit code"
"${TMUX_CMD[@]}" kill-session -t tmuxterm

# 2. Turned off: the enable sequence is never written and a click does nothing.
export XDG_CONFIG_HOME="$WORK/config" XDG_STATE_HOME="$WORK/state"
off_run() {
  local name=$1 log="$WORK/$1.bytes"; shift
  start "$name" 100 30 "$* python3 '$ROOT/Tests/hostile/ptyrecord.py' '$log' -- '$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio' ${OFF_FLAG:-}"
  see "$name" '^> +304 ' 60 "$name: services list"
  flags_are "$name" 00 && ok "$name: tmux does not report the mouse" || fail "$name: pane mouse flags $(mouse_flags "$name")"
  click "$name" ' 301 '; click "$name" ' 301 '
  keys "$name" '?'; wait_for "$name" 'Keys' 5 >/dev/null   # keys are read in order: the clicks came first
  keys "$name" Escape; wait_gone "$name" 'Keys' 5
  is_selected "$name" 304 && ! screen "$name" | grep -q 'Actions: ' && ok "$name: clicks do nothing" || fail "$name: a click acted"
  keys "$name" q
  [ "$(wait_exit "$name" 15)" = 0 ] && ok "$name: quits with 0" || fail "$name: exit code"
  [ "$(mode_order "$log")" = none ] && ok "$name: no mouse mode sequence written" || fail "$name: mouse modes in the output"
  "${TMUX_CMD[@]}" kill-session -t "$name"
}
OFF_FLAG=--no-mouse off_run nomouse
off_run envoff PIO_MOUSE=0
mkdir -p "$WORK/config/pio"
"$BIN/pio" config set mouse false >/dev/null 2>&1 && [ "$("$BIN/pio" config get mouse)" = "false" ] \
  && ok "config set mouse false" || fail "config set/get mouse"
off_run fileoff
[ "$(PIO_MOUSE=1 "$BIN/pio" config get mouse)" = "true" ] && ok "PIO_MOUSE=1 wins over the file" || fail "PIO_MOUSE=1"
"$BIN/pio" config | grep -Eq '^mouse +false +.*config\.yaml' && ok "pio config names the file" || fail "pio config: $("$BIN/pio" config | grep mouse)"
"$BIN/pio" config set mouse maybe >"$WORK/bad" 2>&1 && fail "mouse: maybe accepted" \
  || { grep -q 'true or false' "$WORK/bad" && ok "mouse: maybe refused" || fail "refusal: $(cat "$WORK/bad")"; }
rm -f "$WORK/config/pio/config.yaml"

# 3. Ctrl-Z turns the reports off while pio is stopped, fg on again (pio as the shell's job).
start_sandbox
"${TMUX_CMD[@]}" new-session -d -s job -x 80 -y 24 \
  "env TERM=xterm-256color LANG=C.UTF-8 PS1='shell$ ' PIO_URL='$SANDBOX_URL' PIO_USER=demo@example.com PIO_PASSWORD=demo XDG_STATE_HOME='$WORK/state' XDG_CONFIG_HOME='$WORK/config' bash --norc -i"
wait_for job 'shell\$' 10 || fail "shell did not start"
keys job "'$BIN/pio'" Enter
wait_for job 'pio-demo\.example' 30 || fail "UI did not come up"
wait_until 5 flags_are job 11 && ok "job: reports on" || fail "job: pane mouse flags $(mouse_flags job)"
keys job C-z
wait_for job '[Ss]topped' 10 || fail "Ctrl-Z did not suspend"
flags_are job 00 && ok "Ctrl-Z turned the reports off" || fail "stopped with pane mouse flags $(mouse_flags job)"
keys job fg Enter
wait_for job 'pio-demo\.example' 10 || fail "fg did not repaint"
wait_until 5 flags_are job 11 && ok "fg turned them on again" || fail "after fg: pane mouse flags $(mouse_flags job)"
click job '2 Invoices'; see job '\[2 Invoices\]' 10 "clicks work after fg"
keys job q
wait_for job 'shell\$ *$' 10 || fail "did not return to the shell"
flags_are job 00 && ok "q turned them off" || fail "after q: pane mouse flags $(mouse_flags job)"
"${TMUX_CMD[@]}" kill-session -t job

# 4. A crash turns them off too (the C handler writes the disable sequence).
crash() {
  local name=$1 how=$2 log="$WORK/$1.bytes" pid
  start "$name" 80 24 "env -u PIO_USER -u PIO_PASSWORD PIO_URL=http://127.0.0.1:9/api ${3:-} python3 '$ROOT/Tests/hostile/ptyrecord.py' '$log' -- '$BIN/pio'"
  wait_for "$name" 'Sign in to your client area' 20 || { fail "$name: UI did not come up"; return; }
  pid=$(pio_pid) || { fail "$name: no pio process"; return; }
  flags_are "$name" 11 || fail "$name: reports not on before the crash"
  kill -s "$how" "$pid"
  wait_exit "$name" 5 >/dev/null
  [ "$(mode_order "$log")" = off ] && ok "$name: the crash handler wrote the disable sequence" || fail "$name: mouse left $(mode_order "$log")"
  flags_are "$name" 00 && ok "$name: tmux no longer reports the mouse" || fail "$name: pane mouse flags $(mouse_flags "$name")"
  terminal_restored "$name"
}
crash segv SEGV
case $BIN in
  */debug|*/debug/) crash fault USR2 PIO_TEST_CRASH=segv ;;
  *) echo "  skip: PIO_TEST_CRASH exists in debug builds only ($BIN)" ;;
esac
finish
