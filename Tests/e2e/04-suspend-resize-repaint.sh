#!/usr/bin/env bash
# Journey: Ctrl-Z suspends to the shell, `fg` resumes with a full repaint; resizing re-lays out;
# Ctrl-L repaints.
source "$(dirname "$0")/lib.sh"
# pio runs as the shell's job itself (not under a wrapper), as a user runs it.
d="$WORK/job"; mkdir -p "$d"
start_sandbox
"${TMUX_CMD[@]}" new-session -d -s job -x 80 -y 24 \
  "env TERM=xterm-256color LANG=C.UTF-8 PS1='shell$ ' PIO_URL='$SANDBOX_URL' PIO_USER=demo@example.com PIO_PASSWORD=demo XDG_STATE_HOME='$WORK/state' bash --norc -i"
wait_for job 'shell\$' 10 || fail "shell did not start"
keys job "stty -g > '$d/before'; '$BIN/pio'" Enter
wait_for job 'pio-demo\.example' || fail "UI did not come up"
pid=$(pio_pid) || fail "no pio process found"
keys job C-z
wait_for job '[Ss]topped' 10 || fail "Ctrl-Z did not suspend"
keys job "fg" Enter
wait_for job 'pio-demo\.example' 10 || fail "fg did not repaint the UI"
"${TMUX_CMD[@]}" resize-window -t job -x 120 -y 40
wait_for job 'pio-demo\.example' 10 || fail "UI lost after resize"
[ "$(screen job | wc -l)" -ge 40 ] && ok "resized to 40 rows" || fail "pane not resized"
# Scribble on the terminal behind pio's back; only a full repaint removes it.
printf '\033[5;5HSCRIBBLED-OVER' > "$("${TMUX_CMD[@]}" display -p -t job '#{pane_tty}')"
wait_for job 'SCRIBBLED-OVER' 5 || fail "could not scribble on the pane"
keys job C-l
wait_gone job 'SCRIBBLED-OVER' 5 && ok "Ctrl-L repaints the whole screen" || fail "Ctrl-L did not repaint"
wait_for job 'pio-demo\.example' 5 || fail "UI lost after Ctrl-L"
keys job q
wait_for job 'shell\$ *$' 10 || fail "did not return to the shell"
pio_gone job "$pid"
keys job "stty -g > '$d/after'" Enter
for _ in $(seq 1 40); do [ -s "$d/after" ] && break; sleep 0.05; done
cmp -s "$d/before" "$d/after" && ok "stty unchanged after suspend/resume" || fail "stty changed after suspend/resume"
finish
