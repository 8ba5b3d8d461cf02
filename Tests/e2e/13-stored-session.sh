#!/usr/bin/env bash
# Stored sessions: `pio login` under umask 000 stores the tokens 0600 in a 0700 directory; the next
# start resumes them without /login; a canary password and the token never reach argv, the debug
# log or the screen; a session file others can read is refused; `pio logout` revokes; profiles and
# the config file's precedence as `pio profiles` and `pio config` show them; `pio login` prompts.
source "$(dirname "$0")/lib.sh"
CANARY='Canary-Pw-7f3e9Q'
REQUESTS=$WORK/requests.jsonl
start_sandbox --account-password "$CANARY" --request-log "$REQUESTS" || finish
export XDG_STATE_HOME=$WORK/state XDG_CONFIG_HOME=$WORK/config PIO_URL=$SANDBOX_URL PIO_USER=demo@example.com
unset PIO_PASSWORD PIO_PROFILE
SESSION=$WORK/state/pio/default/session
logins() { grep -c '"path":"/api/login"' "$REQUESTS"; }

# 1. Sign in once, password on stdin, under a umask that would make everything world-readable.
(umask 000; printf '%s\n' "$CANARY" | PIO_LOG=debug "$BIN/pio" login --password-stdin) >"$WORK/login.out" 2>"$WORK/login.err"
code=$?
[ "$code" = 0 ] && ok "pio login: exit 0 ($(cat "$WORK/login.out"))" || fail "pio login: exit $code: $(cat "$WORK/login.err")"
for p in "$WORK/state" "$WORK/state/pio" "$WORK/state/pio/default"; do
  m=$(stat -c %a "$p"); [ "$m" = 700 ] && ok "$p is 0700" || fail "$p is $m, wanted 700"
done
m=$(stat -c %a "$SESSION"); [ "$m" = 600 ] && ok "session file is 0600" || fail "session file is $m, wanted 600"
TOKEN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["access"])' "$SESSION")
REFRESH=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["refresh"])' "$SESSION")
[ ${#TOKEN} -gt 20 ] && ok "the session holds a token" || fail "no token in the session file"
grep -q "$CANARY" "$SESSION" && fail "the password is in the session file" || ok "the password is not in the session file"
[ "$(logins)" = 1 ] && ok "one /login so far" || fail "$(logins) logins after pio login"

# 2. The portal resumes the session: no /login, the list on the first screen; the debug log and
#    argv hold neither the password nor the token.
start ui 100 30 "env PIO_URL='$SANDBOX_URL' PIO_USER=demo@example.com PIO_LOG=debug '$BIN/pio'"
wait_for ui 'pio-demo\.example' 20 && ok "first screen without signing in" || fail "services did not appear"
pid=$(pio_pid)
if [ -n "$pid" ]; then
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline")
  case "$cmdline" in *"$CANARY"*|*"$TOKEN"*) fail "argv holds a secret: $cmdline" ;; *) ok "argv is clean: $cmdline" ;; esac
else
  fail "no pio process to inspect"
fi
screen ui | grep -qF -e "$CANARY" -e "$TOKEN" && fail "a secret is on screen" || ok "no secret on screen"
keys ui q
[ "$(wait_exit ui 10)" = 0 ] && ok "quit with q" || fail "pio did not quit"
[ "$(logins)" = 1 ] && ok "the second start made no /login" || fail "the second start logged in again ($(logins) logins)"
grep -q '"path":"/api/service","authScheme":"bearer"' "$REQUESTS" && ok "the list was loaded with the stored token" || fail "no bearer GET /service"
LOGFILE=$WORK/state/pio/pio.log
grep -q 'pio\[debug\] http: GET /api/service' "$LOGFILE" && ok "the debug log traces requests" || fail "no request trace in $LOGFILE: $(head -5 "$LOGFILE" 2>/dev/null)"
grep -qF -e "$CANARY" -e "$TOKEN" -e "$REFRESH" "$LOGFILE" "$WORK/login.out" "$WORK/login.err" \
  && fail "a secret is in a log or in pio login's output" || ok "no secret in the debug log or pio login's output"
m=$(stat -c %a "$LOGFILE"); [ "$m" = 600 ] && ok "log file is 0600" || fail "log file is $m"

# 2b. Crash output (pio's line, and with PIO_BACKTRACE=1 Swift's backtrace, into the log) holds neither.
start crash 100 30 "env PIO_URL='$SANDBOX_URL' PIO_USER=demo@example.com PIO_BACKTRACE=1 SWIFT_BACKTRACE=interactive=no '$BIN/pio'"
wait_for crash 'pio-demo\.example' 20 || fail "crash: UI did not come up"
crash_pid=$(pio_pid)
kill -s SEGV "$crash_pid"
for _ in $(seq 1 600); do { grep -q 'Backtrace took' "$LOGFILE" 2>/dev/null || ! kill -0 "$crash_pid" 2>/dev/null; } && break; sleep 0.1; done
grep -q 'pio: stopped by SIGSEGV' "$LOGFILE" && ok "the crash line is in the log" || fail "no crash line in $LOGFILE"
grep -qF -e "$CANARY" -e "$TOKEN" -e "$REFRESH" "$LOGFILE" && fail "a secret is in the crash output" || ok "no secret in the crash output"
kill -9 "$crash_pid" 2>/dev/null
"${TMUX_CMD[@]}" kill-session -t crash

# 3. A script command resumes it too.
"$BIN/pio" balance >"$WORK/balance.out" 2>&1 && grep -q 'Credit' "$WORK/balance.out" && ok "pio balance with the stored session" \
  || fail "pio balance: $(cat "$WORK/balance.out")"
[ "$(logins)" = 1 ] && ok "still one /login" || fail "pio balance logged in"

# 4. A session file others can read is refused, naming the file and the fix.
chmod 644 "$SESSION"
"$BIN/pio" balance >"$WORK/open.out" 2>"$WORK/open.err"; code=$?
[ "$code" = 2 ] && grep -qF "$SESSION" "$WORK/open.err" && grep -q 'chmod 600' "$WORK/open.err" \
  && ok "group/other-readable session refused: $(cat "$WORK/open.err")" || fail "not refused (exit $code): $(cat "$WORK/open.err")"
chmod 600 "$SESSION"

# 5. Profiles and the config file: flags > environment > file > defaults, shown with their sources.
mkdir -p "$WORK/config/pio"
cat >"$WORK/config/pio/config.yaml" <<YAML
profiles:
  work:
    url: $SANDBOX_URL
    user: work@example.com
    timeout: 9
YAML
"$BIN/pio" profiles >"$WORK/profiles.out" 2>&1
grep -Eq '^\* +default .*demo@example.com .*stored' "$WORK/profiles.out" && grep -Eq '^ +work .*work@example.com .*none' "$WORK/profiles.out" \
  && ok "pio profiles lists both" || fail "pio profiles: $(cat "$WORK/profiles.out")"
PIO_TIMEOUT=11 "$BIN/pio" config --profile work --auth jwt >"$WORK/config.out" 2>&1
grep -Eq '^timeout +11 s +environment PIO_TIMEOUT' "$WORK/config.out" && grep -Eq '^auth +jwt +flag --auth' "$WORK/config.out" \
  && grep -Eq "^user +work@example.com +environment PIO_USER|^user +demo@example.com +environment PIO_USER" "$WORK/config.out" \
  && grep -Eq '^profile +work +flag --profile' "$WORK/config.out" \
  && ok "pio config shows each value's source" || fail "pio config: $(cat "$WORK/config.out")"
env -u PIO_USER -u PIO_URL "$BIN/pio" config --profile work >"$WORK/config2.out" 2>&1
grep -Eq "^user +work@example.com +$WORK/config/pio/config.yaml:4" "$WORK/config2.out" \
  && grep -Eq "^timeout +9 s +$WORK/config/pio/config.yaml:5" "$WORK/config2.out" \
  && ok "file values name their line" || fail "pio config (file): $(cat "$WORK/config2.out")"
grep -qF -e "$TOKEN" -e "$REFRESH" "$WORK/config.out" "$WORK/config2.out" && fail "pio config prints a token" || ok "pio config masks the tokens"
printf 'profiles:\n  work:\n    timeout: soon\n' >"$WORK/config/pio/config.yaml"
"$BIN/pio" services --profile work >"$WORK/broken.out" 2>&1; code=$?
[ "$code" = 2 ] && grep -qF "config.yaml:3: profiles.work.timeout:" "$WORK/broken.out" \
  && ok "broken config: $(cat "$WORK/broken.out")" || fail "broken config (exit $code): $(cat "$WORK/broken.out")"
rm "$WORK/config/pio/config.yaml"

# 6. pio logout revokes on the server and deletes the file; the old token no longer works.
"$BIN/pio" logout >"$WORK/logout.out" 2>&1; code=$?
[ "$code" = 0 ] && grep -q 'revoked' "$WORK/logout.out" && ok "pio logout: $(cat "$WORK/logout.out")" || fail "pio logout (exit $code): $(cat "$WORK/logout.out")"
grep -q '"method":"POST","path":"/api/revoke".*"status":200' "$REQUESTS" && ok "POST /revoke answered 200" || fail "no successful /revoke"
[ ! -e "$SESSION" ] && ok "session file deleted" || fail "session file still there"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$SANDBOX_URL/service")
[ "$status" = 401 ] && ok "the revoked token gets 401" || fail "the revoked token got $status"
"$BIN/pio" balance </dev/null >"$WORK/after.out" 2>&1; code=$?
[ "$code" = 2 ] && grep -q 'no password' "$WORK/after.out" && ok "signed out: $(cat "$WORK/after.out")" || fail "after logout (exit $code): $(cat "$WORK/after.out")"

# 7. pio login at a terminal asks for the email and the password (not echoed).
start login 100 10 "env -u PIO_USER PIO_URL='$SANDBOX_URL' '$BIN/pio' login"
wait_for login '^Email:' 10 && ok "pio login asks for the email" || fail "no email prompt"
keys login -l 'demo@example.com'; keys login Enter
wait_for login 'Password for demo@example.com:' 10 && ok "then for the password" || fail "no password prompt"
keys login -l "$CANARY"; keys login Enter
wait_for login 'Signed in to' 10 && ok "signed in at the prompt" || fail "pio login at a terminal failed"
screen login | grep -qF "$CANARY" && fail "the password was echoed" || ok "the password was not echoed"
[ "$(wait_exit login 5)" = 0 ] || fail "pio login did not exit 0"

# 8. Logging out when the server is gone still deletes locally, and says so.
kill "$SANDBOX_PID"; wait "$SANDBOX_PID" 2>/dev/null; SANDBOX_PID=""
"$BIN/pio" logout >"$WORK/offline.out" 2>&1; code=$?
[ "$code" = 0 ] && grep -q 'Could not reach' "$WORK/offline.out" && [ ! -e "$SESSION" ] \
  && ok "offline logout: $(cat "$WORK/offline.out")" || fail "offline logout (exit $code): $(cat "$WORK/offline.out")"
finish
