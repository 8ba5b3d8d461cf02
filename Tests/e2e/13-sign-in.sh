#!/usr/bin/env bash
# Journey (issue 10): a first run asks once in the sign-in form; a session that ends mid-use (the
# access token expires and the sandbox refuses the refresh) opens the form over the portal, and
# after signing in again the half-typed label is still there and saves; the sign-out key revokes.
source "$(dirname "$0")/lib.sh"
CANARY='Canary-Pw-51ab'
REQUESTS=$WORK/requests.jsonl
start_sandbox --token-ttl 4 --fail 'POST /token:401' --account-password "$CANARY" \
  --request-log "$REQUESTS" || finish
export PIO_URL=$SANDBOX_URL
unset PIO_USER PIO_PASSWORD PIO_PROFILE
SESSION=$WORK/state/pio/default/session
count() { grep -c "\"path\":\"/api/$1\"" "$REQUESTS"; }

# 1. No account, no session: the form, with the server filled in.
start ui 90 28 "env -u PIO_USER -u PIO_PASSWORD PIO_URL='$SANDBOX_URL' '$BIN/pio'"
wait_for ui 'Sign in to your client area' 20 && ok "first run shows the sign-in form" || fail "no sign-in form"
screen ui | grep -qF "$SANDBOX_URL" && ok "server prefilled" || fail "server not prefilled"
keys ui -l 'demo@example.com'; keys ui Enter
keys ui -l 'wrong-password'; keys ui Enter
wait_for ui 'The email or password is not right' 10 && ok "wrong password: a sentence" || fail "no sentence for wronglogin"
screen ui | grep -q 'demo@example.com' && ok "email kept" || fail "email lost"
keys ui -l "$CANARY"
wait_for ui '••••••••••••••' 5 && ok "password masked (one bullet per character)" || fail "no mask on screen"
screen ui | grep -qF "$CANARY" && fail "the password is on screen" || ok "the password is not on screen"
keys ui Enter
wait_for ui 'pio-demo\.example' 15 && ok "signed in: the services list" || fail "no services after signing in"
[ "$(stat -c %a "$SESSION" 2>/dev/null)" = 600 ] && ok "session stored 0600" || fail "no 0600 session file"

# 2. Open 303 and start a label, leave it half typed until the token has expired.
keys ui / ; keys ui -l 'vps01' ; keys ui Enter
wait_for ui '^> +303 ' 10 || fail "filter did not select 303"
keys ui Enter
wait_for ui 'Actions: .*l label' 10 || fail "detail of 303 not shown"
keys ui l ; keys ui C-u ; keys ui -l 'half typed'
wait_for ui 'half typed' 5 || fail "label editor not shown"
exp=$(python3 -c 'import json,sys; print(int(json.load(open(sys.argv[1]))["expiry"]))' "$SESSION" 2>/dev/null)
[ -n "$exp" ] || { fail "no expiry in the session file"; finish; }
until [ "$(date +%s)" -ge "$exp" ]; do sleep 0.2; done   # waits for the token's own expiry time (at most --token-ttl)
keys ui Enter   # save: the refresh is refused, the session has ended
wait_for ui 'Your session has ended' 10 && ok "expired session: the form over the portal" || fail "no sign-in overlay"
screen ui | grep -q 'Service #303' && ok "the service stays underneath" || fail "the portal is gone"
keys ui -l "$CANARY"; keys ui Enter
wait_for ui 'Signed in again as demo@example.com' 10 && ok "signed in again" || fail "no second sign-in"
screen ui | grep -q 'half typed' && ok "the half-typed label survived" || fail "label text lost"
keys ui Enter
wait_for ui 'Label changed' 10 && screen ui | grep -Eq 'Label +half typed' && ok "and it saves now" \
  || fail "label not saved after signing in again"
[ "$(count login)" = 3 ] && ok "three /login: wrong, first, after expiry" || fail "$(count login) logins"
grep -q '"path":"/api/token".*"status":401' "$REQUESTS" && ok "the refresh was refused (401)" || fail "no refused /token"

# 3. The sign-out key asks, revokes, and leaves the form.
keys ui Escape    # back to the list (waited for: Esc and O close together would read as one escape sequence)
wait_for ui '^> +303 ' 10 || fail "not back in the list"
keys ui O
wait_for ui 'Sign out demo@example.com\?' 5 && ok "sign-out asks first" || fail "no sign-out question"
keys ui y
wait_for ui 'Signed out. The server revoked the session.' 10 && ok "signed out" || fail "no sign-out message"
screen ui | grep -q 'Sign in to your client area' && ok "the form again" || fail "no form after signing out"
screen ui | grep -q 'pio-demo' && fail "account data still on screen" || ok "nothing of the account left on screen"
[ ! -e "$SESSION" ] && ok "session file deleted" || fail "session file still there"
grep -q '"path":"/api/revoke".*"status":200' "$REQUESTS" && ok "/revoke answered 200" || fail "no /revoke"
grep -qF "$CANARY" "$WORK/state/pio/pio.log" 2>/dev/null && fail "password in the log" || ok "password not in the log"
keys ui Escape
[ "$(wait_exit ui 10)" = 0 ] && ok "Esc quits the form" || fail "Esc did not quit"
terminal_restored ui
finish
