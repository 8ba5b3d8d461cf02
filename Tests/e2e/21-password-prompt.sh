#!/usr/bin/env bash
# Journey (issue 23, point 9): `pio login`'s password prompt. Typing is not echoed; Ctrl-C cancels
# (130) and Ctrl-\, SIGTERM, SIGHUP and a crash end pio with 128+N, each within 2 s, with the
# terminal modes as before and no /login sent; Ctrl-Z gives the echo back while stopped and the
# prompt comes back on fg; Enter signs in.
source "$(dirname "$0")/lib.sh"
REQUESTS=$WORK/requests.jsonl
start_sandbox --request-log "$REQUESTS" || finish
LOGIN="env -u PIO_PASSWORD -u PIO_PROFILE '$BIN/pio' login --url '$SANDBOX_URL' --user demo@example.com"
logins() { posts_logged "$REQUESTS" /login; }

# prompt NAME — starts pio login and types half a password at the prompt.
prompt() {
  start "$1" 120 24 "$LOGIN"
  wait_for "$1" 'Password for demo@example\.com:' 20 || { fail "$1: no prompt"; return 1; }
  keys "$1" -l 'half-typed'
  sleep 0.2
  screen "$1" | grep -q 'half-typed' && fail "$1: the password is echoed" || ok "$1: not echoed"
}

# ended NAME CODE PID — exit code within 2 s, terminal as before, no debugger prompt, nothing sent.
ended() {
  local name=$1 want=$2 pid=$3 code
  code=$(wait_exit "$name" 2)
  [ "$code" = "$want" ] && ok "$name: exit $code within 2 s" || fail "$name: exit '$code', wanted $want within 2 s"
  terminal_restored "$name"
  screen "$name" | grep -q 'Press space' && fail "$name: the backtracer's prompt is on screen" || ok "$name: no debugger prompt"
  [ "$(logins)" = 0 ] && ok "$name: no /login sent" || fail "$name: $(logins) /login sent"
  if [ -n "${4:-}" ]; then
    screen "$name" | grep -Eq -- "$4" && ok "$name: /$4/ on screen" || fail "$name: no /$4/ on screen"
  fi
  pio_gone "$name" "$pid" 1
  "${TMUX_CMD[@]}" kill-session -t "$name"
}

by_key() {   # NAME KEY CODE
  prompt "$1" || return; local pid; pid=$(pio_pid)
  keys "$1" "$2"
  ended "$1" "$3" "$pid"
}
by_signal() {   # NAME SIG CODE [SCREEN-REGEX]
  prompt "$1" || return; local pid; pid=$(pio_pid)
  kill -s "$2" "$pid"
  ended "$1" "$3" "$pid" "${4:-}"
}
by_key ctrl-c C-c 130
by_key ctrl-backslash 'C-\' 131
by_signal term TERM 143
by_signal hup HUP 129
by_signal segv SEGV 139 '^pio stopped unexpectedly by SIGSEGV \(signal 11, sent by process [0-9]+\)$'

# --password-stdin: the first line; one longer than the buffer is refused before anything is sent.
export XDG_STATE_HOME=$WORK/state XDG_CONFIG_HOME=$WORK/config; unset PIO_PASSWORD PIO_PROFILE
printf '%02000d\n' 0 | "$BIN/pio" login --url "$SANDBOX_URL" --user demo@example.com --password-stdin >"$WORK/long.out" 2>&1
code=$?
[ "$code" = 2 ] && grep -q 'longer than 1023 bytes' "$WORK/long.out" && [ "$(logins)" = 0 ] && ok "password-stdin: a 2000-byte line refused, nothing sent" \
  || fail "password-stdin: exit $code, $(logins) /login: $(cat "$WORK/long.out")"
printf 'demo\nnext line\n' | "$BIN/pio" login --url "$SANDBOX_URL" --user demo@example.com --password-stdin --profile piped >"$WORK/piped.out" 2>&1 \
  && grep -q 'Signed in to' "$WORK/piped.out" && ok "password-stdin: signed in with the first line" || fail "password-stdin: $(cat "$WORK/piped.out")"
[ "$(logins)" = 1 ] && ok "password-stdin: one /login" || fail "password-stdin: $(logins) /login"

# Ctrl-Z in a shell with job control: stopped with the terminal modes as before, the prompt again
# on fg, and the password typed then signs in.
d="$WORK/job"; mkdir -p "$d"
"${TMUX_CMD[@]}" new-session -d -s job -x 80 -y 24 \
  "env -u PIO_PASSWORD -u PIO_PROFILE TERM=xterm-256color LANG=C.UTF-8 PS1='shell$ ' XDG_STATE_HOME='$WORK/state' XDG_CONFIG_HOME='$WORK/config' bash --norc -i"
wait_for job 'shell\$' 10 || fail "suspend: the shell did not start"
keys job "stty -g > '$d/before'" Enter
keys job "'$BIN/pio' login --url '$SANDBOX_URL' --user demo@example.com" Enter
if wait_for job 'Password for demo@example\.com:' 20; then
  keys job -l 'half-typed'
  keys job C-z
  wait_for job '[Ss]topped' 10 && ok "suspend: Ctrl-Z stops pio" || fail "suspend: Ctrl-Z did not stop pio"
  keys job "stty -g > '$d/stopped'" Enter
  for _ in $(seq 1 40); do [ -s "$d/stopped" ] && break; sleep 0.05; done
  cmp -s "$d/before" "$d/stopped" && ok "suspend: terminal modes as before while stopped" || fail "suspend: modes while stopped: $(cat "$d/stopped")"
  keys job fg Enter
  for _ in $(seq 1 40); do [ "$(screen job | grep -c 'Password for')" -ge 2 ] && break; sleep 0.05; done
  [ "$(screen job | grep -c 'Password for')" -ge 2 ] && ok "suspend: the prompt again on fg" || fail "suspend: no prompt after fg"
  keys job -l 'demo'; keys job Enter
  wait_for job 'Signed in to' 10 && ok "suspend: signed in with the password typed after fg" || fail "suspend: not signed in"
  [ "$(logins)" = 2 ] && ok "suspend: one /login more" || fail "suspend: $(logins) /login in all"
  screen job | grep -q 'demo$' && fail "suspend: the password is echoed" || ok "suspend: the password was not echoed"
  keys job "stty -g > '$d/after'" Enter
  for _ in $(seq 1 40); do [ -s "$d/after" ] && break; sleep 0.05; done
  cmp -s "$d/before" "$d/after" && ok "suspend: stty unchanged at the end" || fail "suspend: stty changed"
else
  fail "suspend: no prompt"
fi
finish
