#!/usr/bin/env bash
# Journey (issue 23, point 8): a crash hands nothing to a debugger prompt. For each crash signal
# (sent to the UI from outside, and a real fatalError, null write, abort and stack overflow in a debug build), with
# Swift's backtracer switched on and interactive: the terminal modes are as before, the alternate
# screen is left, one sentence names the log, the log has the line, no "Press space", and pio is
# gone with 128+N within 2 s. PIO_BACKTRACE=1 hands over to the backtracer, for developers.
source "$(dirname "$0")/lib.sh"
LOGFILE=$WORK/state/pio/pio.log
UI="env -u PIO_USER -u PIO_PASSWORD PIO_URL=http://127.0.0.1:9/api SWIFT_BACKTRACE=enable=yes,interactive=yes"

# crashed NAME CODE LOG-REGEX — the checks after the crash.
crashed() {
  local name=$1 want=$2 pattern=$3 pid=$4 code
  code=$(wait_exit "$name" 2)
  [ "$code" = "$want" ] && ok "$name: exit $code within 2 s" || fail "$name: exit '$code', wanted $want within 2 s"
  terminal_restored "$name"
  screen "$name" | grep -q 'Press space' && fail "$name: the backtracer's prompt is on screen" || ok "$name: no debugger prompt"
  [ "$(screen "$name" | grep -c 'pio stopped unexpectedly; details are in .*pio\.log')" = 1 ] \
    && ok "$name: one sentence naming the log" || { fail "$name: no sentence naming the log"; screen "$name" | sed 's/^/  | /'; }
  grep -Eq -- "$pattern" "$LOGFILE" && ok "$name: the log has /$pattern/" || fail "$name: no /$pattern/ in the log: $(cat "$LOGFILE")"
  pio_gone "$name" "$pid" 1
  "${TMUX_CMD[@]}" kill-session -t "$name"
}

# by_signal SIG — the signal sent from outside while the sign-in form is up.
by_signal() {
  local sig=$1 name n pid; name=$(echo "$1" | tr 'A-Z' 'a-z'); n=$(kill -l "$sig")
  rm -f "$LOGFILE"
  start "$name" 80 24 "$UI '$BIN/pio'"
  wait_for "$name" 'Sign in to your client area' 20 || { fail "$name: UI did not come up"; return; }
  pid=$(pio_pid) || { fail "$name: no pio process"; return; }
  kill -s "$sig" "$pid"
  crashed "$name" $((128 + n)) "pio: stopped by SIG$sig \(signal $n, sent by process [0-9]+\)" "$pid"
}
for sig in ILL TRAP SEGV BUS FPE ABRT; do by_signal "$sig"; done

# A real fault on a background thread: the debug build's PIO_TEST_CRASH switch, pulled by SIGUSR2.
real_fault() {
  local kind=$1 want=$2 pattern=$3 name="fault-$1" pid
  rm -f "$LOGFILE"
  start "$name" 80 24 "$UI PIO_TEST_CRASH=$kind '$BIN/pio'"
  wait_for "$name" 'Sign in to your client area' 20 || { fail "$name: UI did not come up"; return; }
  pid=$(pio_pid) || { fail "$name: no pio process"; return; }
  kill -s USR2 "$pid"
  crashed "$name" "$want" "$pattern" "$pid"
}
case $BIN in
  */debug|*/debug/)
    trap_sig=$([ "$(uname -m)" = x86_64 ] && echo ILL || echo TRAP)
    real_fault fatal $((128 + $(kill -l $trap_sig))) "Fatal error: PIO_TEST_CRASH=fatal"
    grep -q "pio: stopped by SIG$trap_sig (signal [0-9]*, pc 0x[0-9a-f]*)" "$LOGFILE" && ok "fatal: the signal line follows Swift's message" || fail "fatal: no signal line: $(cat "$LOGFILE")"
    real_fault segv 139 'pio: stopped by SIGSEGV \(signal 11, address 0x10, pc 0x[0-9a-f]+\)'
    real_fault abort 134 'pio: stopped by SIGABRT \(signal 6, '
    real_fault stack 139 'pio: stopped by SIGSEGV \(signal 11, address 0x[0-9a-f]+, pc 0x[0-9a-f]+\)'

    # For developers: PIO_BACKTRACE=1 hands the crash on to Swift's backtracer (here not interactive).
    rm -f "$LOGFILE"
    start devbt 80 24 "env -u PIO_USER -u PIO_PASSWORD PIO_URL=http://127.0.0.1:9/api PIO_BACKTRACE=1 SWIFT_BACKTRACE=enable=yes,interactive=no,output-to=stderr '$BIN/pio'"
    if wait_for devbt 'Sign in to your client area' 20 && pid=$(pio_pid); then
      kill -s SEGV "$pid"
      for _ in $(seq 1 300); do grep -q 'Backtrace took' "$LOGFILE" 2>/dev/null && break; sleep 0.1; done
      grep -q 'pio: stopped by SIGSEGV' "$LOGFILE" && grep -q 'Program crashed' "$LOGFILE" \
        && ok "PIO_BACKTRACE=1: pio's line, then Swift's backtrace in the log" || fail "PIO_BACKTRACE=1: $(head -5 "$LOGFILE")"
      code=$(wait_exit devbt 10); [ "$code" = 139 ] && ok "PIO_BACKTRACE=1: exit 139" || fail "PIO_BACKTRACE=1: exit $code"
      terminal_restored devbt
    else
      fail "devbt: UI did not come up"
    fi
    "${TMUX_CMD[@]}" kill-session -t devbt ;;
  *) echo "  skip: PIO_TEST_CRASH exists in debug builds only ($BIN)" ;;
esac
finish
