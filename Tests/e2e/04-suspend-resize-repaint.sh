#!/usr/bin/env bash
# Journey: Ctrl-Z suspends to the shell, `fg` resumes with a full repaint; resizing re-lays out.
source "$(dirname "$0")/lib.sh"
d="$WORK/job"; mkdir -p "$d"
"${TMUX_CMD[@]}" new-session -d -s job -x 80 -y 24 \
  "env TERM=xterm-256color LANG=C.UTF-8 PS1='shell$ ' PIO_BIN_DIR='$BIN' XDG_STATE_HOME='$WORK/state' bash --norc -i"
wait_for job 'shell\$' 10 || fail "shell did not start"
keys job "stty -g > '$d/before'; '$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'" Enter
wait_for job 'pio-demo\.example' || fail "UI did not come up"
keys job C-z
wait_for job '[Ss]topped' 10 || fail "Ctrl-Z did not suspend"
keys job "fg" Enter
wait_for job 'pio-demo\.example' 10 || fail "fg did not repaint the UI"
"${TMUX_CMD[@]}" resize-window -t job -x 120 -y 40
wait_for job 'pio-demo\.example' 10 || fail "UI lost after resize"
[ "$(screen job | wc -l)" -ge 40 ] && ok "resized to 40 rows" || fail "pane not resized"
keys job q
wait_for job 'shell\$ *$' 10 || fail "did not return to the shell"
keys job "stty -g > '$d/after'" Enter
for _ in $(seq 1 40); do [ -s "$d/after" ] && break; sleep 0.05; done
cmp -s "$d/before" "$d/after" && ok "stty unchanged after suspend/resume" || fail "stty changed after suspend/resume"
finish
