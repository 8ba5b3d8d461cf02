#!/usr/bin/env bash
# Profiles inside the portal: two sandboxes (two accounts), a config file with three profiles, `pio
# login` for two of them beforehand. Opened on `a`, `P` switches to `b` without restarting: b's
# account in the header and b's services, with b's stored token (no /login); back to `a` asks for
# nothing; `a`'s session file is never touched. A profile without a session opens the sign-in form
# prefilled (Esc there goes back); signing in stores the session in that profile's file, signing out
# there deletes only it.
source "$(dirname "$0")/lib.sh"
REQ_A=$WORK/requests-a.jsonl
REQ_B=$WORK/requests-b.jsonl
start_sandbox --request-log "$REQ_A" || finish
A_URL=$SANDBOX_URL A_PID=$SANDBOX_PID
trap 'kill "$A_PID" 2>/dev/null; cleanup' EXIT

# The second account: the demo data under another email, password and domain.
B_PW='Bee-Pw-41x'
mkdir -p "$WORK/b-assets"
cp "$ROOT"/Assets/sandbox/*.json "$WORK/b-assets/"
sed -i "s/demo@example.com/jane@b.example/; s/\"password\": \"demo\"/\"password\": \"$B_PW\"/" "$WORK/b-assets/account.json"
sed -i 's/pio-demo\.example/bee-corp.example/g' "$WORK/b-assets/services.json"
start_sandbox --assets "$WORK/b-assets" --request-log "$REQ_B" || finish
B_URL=$SANDBOX_URL

export XDG_STATE_HOME=$WORK/state XDG_CONFIG_HOME=$WORK/config
unset PIO_URL PIO_USER PIO_PASSWORD PIO_PROFILE
mkdir -p "$WORK/config/pio"
cat >"$WORK/config/pio/config.yaml" <<YAML
profile: a
profiles:
  a:
    url: $A_URL
    user: demo@example.com
  b:
    url: $B_URL
    user: jane@b.example
  c:
    url: $B_URL
    user: jane@b.example
YAML
SESSION_A=$WORK/state/pio/a/session
SESSION_B=$WORK/state/pio/b/session
SESSION_C=$WORK/state/pio/c/session
logins() { grep -c '"path":"/api/login"' "$1"; }

printf 'demo\n' | "$BIN/pio" login --profile a --password-stdin >"$WORK/login-a.out" 2>&1 || fail "pio login a: $(cat "$WORK/login-a.out")"
printf '%s\n' "$B_PW" | "$BIN/pio" login --profile b --password-stdin >"$WORK/login-b.out" 2>&1 || fail "pio login b: $(cat "$WORK/login-b.out")"
[ -f "$SESSION_A" ] && [ -f "$SESSION_B" ] && ok "a and b have stored sessions" || fail "pio login stored no session"
SUM_A=$(sha256sum "$SESSION_A" | cut -d' ' -f1)
SUM_B=$(sha256sum "$SESSION_B" | cut -d' ' -f1)

# 1. The portal on a: the header names the profile with the account.
start ui 100 30 "'$BIN/pio'"
wait_for ui 'pio-demo\.example' 20 && ok "opened on a with a's services" || fail "a's services did not appear"
screen ui | head -1 | grep -q 'a: demo@example.com' && ok "the header says a: demo@example.com" || fail "header: $(screen ui | head -1)"
screen ui | tail -1 | grep -q 'P profiles' && ok "the status bar offers P" || fail "no P hint: $(screen ui | tail -1)"

# 2. P lists the profiles, a marked; j to b, Enter: b's account and services, with b's stored token.
keys ui P
wait_for ui 'jane@b\.example' 10 && ok "P lists the profiles" || fail "no chooser"
screen ui | grep -Eq '\* a +demo@example\.com' && ok "the active profile is marked" || fail "a not marked"
screen ui | grep -Eq ' c +jane@b\.example .* none' && ok "c has no session" || fail "c's line: $(screen ui | grep ' c ')"
keys ui j; keys ui Enter
wait_for ui 'bee-corp\.example' 20 && ok "switched to b: b's services" || fail "b's services did not appear"
screen ui | head -1 | grep -q 'b: jane@b.example' && ok "the header says b: jane@b.example" || fail "header: $(screen ui | head -1)"
screen ui | grep -q 'pio-demo\.example' && fail "a row of a is still on screen" || ok "no row of a under b's header"
[ "$(logins "$REQ_B")" = 1 ] && ok "b resumed its session: no /login beyond pio login's" || fail "$(logins "$REQ_B") logins on b"
grep -q '"path":"/api/service","authScheme":"bearer"' "$REQ_B" && ok "b's list came from b's server with a token" || fail "no bearer GET /service on b"
[ "$(sha256sum "$SESSION_A" | cut -d' ' -f1)" = "$SUM_A" ] && ok "a's session file untouched" || fail "a's session file changed"

# 3. Back to a: no password asked, no /login on a's server.
a_lists=$(grep -c '"path":"/api/service"' "$REQ_A")
keys ui P; wait_for ui 'Profiles' 10 || fail "no chooser the second time"
keys ui k; keys ui Enter
wait_for ui 'pio-demo\.example' 20 && ok "back on a without a password" || fail "a's services did not come back"
screen ui | head -1 | grep -q 'a: demo@example.com' && ok "the header says a again" || fail "header: $(screen ui | head -1)"
wait_until 5 test "$(grep -c '"path":"/api/service"' "$REQ_A")" -gt "$a_lists" && ok "a's list reloaded from a's server" || fail "no new GET /service on a"
[ "$(logins "$REQ_A")" = 1 ] && ok "no /login for a" || fail "$(logins "$REQ_A") logins on a"
[ "$(sha256sum "$SESSION_B" | cut -d' ' -f1)" = "$SUM_B" ] && ok "b's session file untouched" || fail "b's session file changed"

# 4. c has no session: the sign-in form, prefilled with c's server and account; signing in stores
#    c's session in c's file; signing out there deletes c's only.
keys ui P; wait_for ui 'Profiles' 10 || fail "no chooser the third time"
keys ui G; keys ui Enter
wait_for ui 'no stored session' 10 && ok "c: the sign-in form" || fail "no sign-in form for c"
screen ui | grep -qF "$B_URL" && screen ui | grep -q 'jane@b.example' && ok "prefilled with c's server and account" \
  || fail "form not prefilled: $(screen ui)"
keys ui Escape
wait_for ui 'pio-demo\.example' 20 && ok "Esc on c's form goes back to a" || fail "Esc did not go back to a"
screen ui | head -1 | grep -q 'a: demo@example.com' && ok "the header says a" || fail "header: $(screen ui | head -1)"
[ "$(logins "$REQ_A")" = 1 ] && ok "still no /login for a" || fail "$(logins "$REQ_A") logins on a"
keys ui P; wait_for ui 'Profiles' 10 || fail "no chooser the fourth time"
keys ui G; keys ui Enter
wait_for ui 'no stored session' 10 || fail "no sign-in form for c the second time"
keys ui -l "$B_PW"; keys ui Enter
wait_for ui 'bee-corp\.example' 20 && ok "signed in to c from the form" || fail "sign-in to c failed"
screen ui | head -1 | grep -q 'c: jane@b.example' && ok "the header says c" || fail "header: $(screen ui | head -1)"
[ -f "$SESSION_C" ] && ok "c's session stored in c's file" || fail "no $SESSION_C"
[ "$(sha256sum "$SESSION_B" | cut -d' ' -f1)" = "$SUM_B" ] && ok "b's file untouched by c's sign-in" || fail "b's session file changed"
keys ui O; wait_for ui 'Sign out' 5 || fail "no sign-out question"
keys ui y
wait_for ui 'Signed out' 10 && ok "signed out of c" || fail "sign-out did not finish"
[ ! -e "$SESSION_C" ] && [ -f "$SESSION_A" ] && [ -f "$SESSION_B" ] && ok "only c's session deleted" || fail "sessions after sign-out: $(ls "$WORK"/state/pio/*/session 2>&1)"
screen ui | grep -qF "$B_PW" && fail "the password is on screen" || ok "no password on screen"

keys ui Escape
[ "$(wait_exit ui 10)" = 0 ] && ok "Esc on the form quits, exit 0" || fail "pio did not quit"
terminal_restored ui
finish
