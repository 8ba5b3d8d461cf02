#!/usr/bin/env bash
# Journey: without a terminal, or with TERM=dumb, pio says why and exits non-zero without touching anything.
source "$(dirname "$0")/lib.sh"
out=$(PIO_USER=demo@example.com PIO_PASSWORD=demo "$BIN/pio" </dev/null 2>&1 >/dev/null); code=$?
[ "$code" -ne 0 ] && ok "no tty: exit $code" || fail "no tty: exit 0"
echo "$out" | grep -q "not a terminal" && ok "no tty: says why" || fail "no tty: message was: $out"
start dumb 80 24 "env TERM=dumb PIO_USER=demo@example.com PIO_PASSWORD=demo '$BIN/pio'"
code=$(wait_exit dumb 10)
[ "$code" != "0" ] && ok "TERM=dumb: exit $code" || fail "TERM=dumb: exit 0"
screen dumb | grep -q 'dumb' && ok "TERM=dumb: says why" || fail "TERM=dumb: no message"
# No account and no stored session: the sign-in form instead of a usage error (13-sign-in.sh goes on from there).
start nouser 80 24 "env -u PIO_USER -u PIO_PASSWORD '$BIN/pio'"
wait_for nouser 'Sign in to your client area' 10 && ok "no account: the sign-in form" || fail "no account: no sign-in form"
keys nouser Escape
code=$(wait_exit nouser 10)
[ "$code" = "0" ] && ok "no account: Esc quits" || fail "no account: exit $code"
finish
