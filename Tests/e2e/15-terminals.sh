#!/usr/bin/env bash
# Journey (issue 11, odd terminals): pio draws and quits cleanly under every common TERM, falls back
# to ASCII borders without a UTF-8 locale, sends no colour with NO_COLOR or --no-color (reverse and
# bold kept), handles the smallest and largest sizes, and survives a resize while a dialog is open.
source "$(dirname "$0")/lib.sh"
PIO="'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"

# up_and_quit NAME — the list is drawn, q quits with 0 and the terminal is as it was.
up_and_quit() {
  local name=$1
  if wait_for "$name" 'pio-demo\.example' 20; then ok "$name: list drawn"; else fail "$name: list not drawn"; fi
  keys "$name" q
  local code; code=$(wait_exit "$name" 10)
  [ "$code" = "0" ] && ok "$name: q exits 0" || fail "$name: exit $code"
  terminal_restored "$name"
  "${TMUX_CMD[@]}" kill-session -t "$name"
}

for term in xterm-256color screen tmux-256color vt100 linux xterm; do
  start "t-$term" 80 24 "env TERM=$term $PIO"
  up_and_quit "t-$term"
done

# No UTF-8 locale: box drawing falls back to ASCII.
start ascii 80 24 "env LANG=C LC_ALL=C $PIO"
wait_for ascii 'pio-demo\.example' 20 || fail "ascii: list not drawn"
keys ascii '?'
if wait_for ascii '\+-+ Keys' 5; then ok "LANG=C: help box drawn with ASCII"; else fail "LANG=C: no ASCII box"; fi
screen ascii | grep -q '[┌─│]' && fail "LANG=C: box-drawing characters sent" || ok "LANG=C: no box-drawing characters"
keys ascii Escape; up_and_quit ascii

# NO_COLOR and --no-color: no colour sequences (39/49, "default colour", are tmux's resets), the
# selection still drawn in reverse.
for how in "env NO_COLOR=1 $PIO" "$PIO --no-color"; do
  start mono 80 24 "$how"
  wait_for mono 'pio-demo\.example' 20 || fail "mono: list not drawn"
  sgr=$("${TMUX_CMD[@]}" capture-pane -e -p -t mono)
  if printf '%s' "$sgr" | grep -Eq $'\e\\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9;]*)?m'; then fail "mono ($how): colour sequences on screen"; else ok "mono: no colour sequences"; fi
  printf '%s' "$sgr" | grep -q $'\e\\[[0-9;]*7[0-9;]*m' && ok "mono: reverse kept for the selection" || fail "mono: no reverse video"
  up_and_quit mono
done

# The smallest size says it is too small and still quits; a huge one draws the whole list.
start tiny 20 5 "$PIO"
wait_for tiny '[Tt]oo small' 20 && ok "20x5: too small shown" || fail "20x5: no message"
keys tiny q; [ "$(wait_exit tiny 10)" = "0" ] && ok "20x5: q quits" || fail "20x5: no exit"
terminal_restored tiny
start huge 300 100 "$PIO"
up_and_quit huge

# Resize while the cancel dialog is open: the dialog is redrawn at the new size and still answers.
start dialog 100 30 "$PIO"
wait_for dialog 'pio-demo\.example' 20 || fail "dialog: list not drawn"
keys dialog / ; keys dialog -l 'vps01' ; keys dialog Enter ; keys dialog Enter
wait_for dialog 'c cancel' 10 || fail "dialog: no cancel action"
keys dialog c
wait_for dialog 'Cancel service #303' 10 || fail "dialog: not opened"
"${TMUX_CMD[@]}" resize-window -t dialog -x 50 -y 12
wait_for dialog 'Cancel service' 10 && ok "dialog kept through a resize to 50x12" || fail "dialog lost on resize"
"${TMUX_CMD[@]}" resize-window -t dialog -x 20 -y 5
wait_for dialog '[Tt]oo small' 10 && ok "too small at 20x5 with the dialog open" || fail "no too-small at 20x5"
"${TMUX_CMD[@]}" resize-window -t dialog -x 100 -y 30
wait_for dialog 'Cancel service #303' 10 && ok "dialog back at 100x30" || fail "dialog not back"
keys dialog n
wait_gone dialog 'Cancel service #303' 5 && ok "n closes the dialog after the resizes" || fail "dialog did not close"
keys dialog q q q
[ "$(wait_exit dialog 10)" = "0" ] && ok "dialog: quits with 0" || fail "dialog: no exit"
terminal_restored dialog
finish
