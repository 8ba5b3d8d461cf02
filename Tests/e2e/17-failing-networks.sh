#!/usr/bin/env bash
# Journey: failing networks, each on a read and on a write, with the sandbox's fault switches:
# seconds of latency, a hung request (pio --timeout), HTTP 500, truncated JSON, 429 with Retry-After,
# a connection dropped after the server did the work (an order, applying credit, a cancellation, a
# label: the outcome is unknown, the state is re-read, the POST is sent once; the script commands
# `pio order`, `pio credit` and `pio logout` likewise, exit 6), and the server down at start. Each case asserts the message and
# that what was on screen before stays there. "--spare 1" lets each fault rule pass its first match,
# so the first load works and the refresh or second write fails.
source "$(dirname "$0")/lib.sh"
SPINNER='⠋|⠙|⠹|⠸|⠼|⠴|⠦|⠧|⠇|⠏'   # Header.spinnerFrames

# run_case NAME "SANDBOX FLAGS" [PIO FLAGS] — pio against a sandbox with those flags, request log on
# (quote routes with \" in FLAGS: start() passes them inside single quotes).
run_case() {
  local name=$1 flags=$2 pioflags=${3:-}
  echo "  -- $name: $flags $pioflags"
  SANDBOX_ARGS="$flags --request-log $WORK/$name.jsonl" start "$name" 100 24 \
    "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio' $pioflags"
  wait_for "$name" 'pio-demo\.example' 40 || fail "$name: services did not load"
  # The cases work on 306 (old-blog, cancelled): second to last, as finished services sort last.
  keys "$name" G k
  wait_for "$name" '^> +306 ' 10 >/dev/null || fail "$name: 306 is not selected"
}
# statuses NAME "METHOD PATH" — the logged statuses of those requests, in order (0: no answer).
statuses() { python3 - "$WORK/$1.jsonl" "$2" <<'PY'
import json, sys
method, path = sys.argv[2].split(" ", 1)
print(" ".join(str(r["status"]) for l in open(sys.argv[1]) if (r := json.loads(l))["method"] == method and r["path"] == "/api" + path))
PY
}
# requests NAME "METHOD PATH" — how many requests the sandbox logged for that method and exact path.
requests() { statuses "$1" "$2" | wc -w | tr -d ' '; }
expect() { wait_for "$1" "$2" "${3:-10}" && ok "$1: $4" || fail "$1: $4"; }
still() { screen "$1" | grep -Eq -- "$2" && ok "$1: $3" || fail "$1: $3 (gone)"; }
quit() {
  local code i before
  # Esc leaves a text field. Esc and q close together arrive as Alt-q, which is bound to nothing, so
  # they read as Esc then q (14-terminal-keys checks that rule): no pause is needed between them.
  keys "$1" Escape
  for i in 1 2 3 4 5; do   # q backs one level and quits at the top: wait for the exit or the level's screen to go
    [ -f "$WORK/$1/exit" ] && break
    before=$(screen "$1"); keys "$1" q
    wait_until 5 left_screen "$1" "$before"
  done
  code=$(wait_exit "$1" 10)
  [ "$code" = "0" ] || { fail "$1: exit $code"; screen "$1" | sed 's/^/  | /'; }
  "${TMUX_CMD[@]}" kill-session -t "$1"
}
# left_screen NAME SCREEN — the command has exited, or its screen is no longer SCREEN.
left_screen() { [ -f "$WORK/$1/exit" ] || [ "$(screen "$1")" != "$2" ]; }
# logged NAME "METHOD PATH" — the sandbox has answered (and logged) that request at least once.
logged() { [ "$(requests "$1" "$2")" -gt 0 ]; }
# handled NAME — every key sent so far has been handled: keys are read in order, so once the help
# they are followed by has opened (then closed), they have been.
handled() {
  keys "$1" '?'; wait_for "$1" 'Keys — ' 5 >/dev/null || fail "$1: the help did not open"
  keys "$1" Escape; wait_gone "$1" 'Keys — ' 5 || fail "$1: the help did not close"
}
# save_label NAME TEXT — opens the label editor on the open service and saves TEXT.
save_label() { keys "$1" l C-u; keys "$1" -l "$2"; keys "$1" Enter; }

# Latency: 2 s per request. Keys answer while a read is on its way, the spinner shows, Esc leaves
# the pane and the late answer changes nothing; a write under latency shows the spinner and lands.
run_case latency "--latency 2000"
keys latency Enter
expect latency 'Loading…' 3 "the detail shows it is loading"
screen latency | head -1 | grep -Eq "$SPINNER" && ok "latency: spinner in the header" || fail "latency: no spinner while loading"
keys latency '?'
expect latency 'Keys' 1 "help opens at once while the request is on its way"
keys latency Escape Escape
expect latency '^> +306 ' 1 "Esc leaves the loading detail at once"
wait_until 10 logged latency "GET /service/306" || fail "latency: the sandbox never answered the detail's read"
wait_gone latency "$SPINNER" 5   # the answer has been sent: were it still awaited, it would land before the spinner stops
still latency '^> +306 ' "still on the list after the cancelled answer's time"
screen latency | head -1 | grep -Eq "$SPINNER" && fail "latency: spinner still turning" || ok "latency: no spinner once nothing is pending"
keys latency Enter
expect latency 'Actions: ' 10 "detail opens when waited for"
save_label latency 'slow label'
expect latency 'Saving label…' 2 "the label editor says it is saving"
screen latency | head -1 | grep -Eq "$SPINNER" && ok "latency: spinner while the label is saved" || fail "latency: no spinner during the write"
expect latency 'Label changed' 10 "the slow write lands"
expect latency 'Label +slow label' 5 "and the detail shows it"
quit latency

# One case per fault: the list refresh (read) and the second label save (write) fail. A refused save
# keeps what was typed; a save whose answer was lost (hang, truncated, reset) follows the one rule for
# writes: the editor closes (Enter cannot resend it), the message says it may have been saved, the
# service is re-read.
LOST_LABEL='Label outcome unknown \(no answer\)\. The service is re-read: the label may have been saved'
fault_case() {
  local name=$1 flags=$2 read_msg=$3 write_msg=$4 pioflags=${5:-}
  run_case "$name" "--spare 1 $flags" "$pioflags"
  keys "$name" r
  expect "$name" "$read_msg" 15 "refresh fails with: $read_msg"
  still "$name" '^> +306 .*old-blog\.example' "the list stays on screen"
  keys "$name" Enter
  expect "$name" 'Actions: ' 10 "detail opens"
  save_label "$name" 'first label'
  expect "$name" 'Label changed\.' 10 "first save goes through"
  expect "$name" 'Actions: ' 5 "the label editor is closed"
  # The refresh's message must be gone first, or it would pass for the second save's.
  wait_gone "$name" "$write_msg" 10 || fail "$name: the refresh's message is still on screen"
  save_label "$name" 'second label'
  expect "$name" "$write_msg" 15 "second save fails with: $write_msg"
  expect "$name" 'Service #306' 5 "the detail stays on screen"
  if [ "$write_msg" = "$LOST_LABEL" ]; then
    expect "$name" 'Actions: ' 5 "the label editor is closed, so Enter cannot resend"
    keys "$name" Enter; handled "$name"
  else
    expect "$name" 'second label' 5 "the typed label is still there"
  fi
  quit "$name"
  local posts; posts=$(requests "$name" "POST /service/306/label")
  [ "$posts" = "2" ] && ok "$name: the label POST went out once per save" || fail "$name: $posts label POSTs for 2 saves"
}
fault_case hang "--hang \"GET /service\" --hang \"POST /service/*/label\"" 'did not answer in time' "$LOST_LABEL" '--timeout 2'
fault_case http500 "--fail \"GET /service:500\" --fail \"POST /service/*/label:500\"" 'HTTP 500' 'HTTP 500'
fault_case truncated "--malformed \"GET /service\" --malformed \"POST /service/*/label\"" 'could not be read' "$LOST_LABEL"
fault_case reset "--reset-after-commit \"GET /service\" --reset-after-commit \"POST /service/*/label\"" 'Cannot reach the server' "$LOST_LABEL"

# 429 with Retry-After on a write (an injected 429 carries Retry-After: 1, as the rate limit's do):
# never retried, it says when to try again and keeps what was typed.
run_case ratelimit-write "--spare 1 --fail \"POST /service/*/label:429\""
keys ratelimit-write Enter
expect ratelimit-write 'Actions: ' 10 "detail opens"
save_label ratelimit-write 'first label'
expect ratelimit-write 'Label changed\.' 10 "first save goes through"
expect ratelimit-write 'Actions: ' 5 "the label editor is closed"
save_label ratelimit-write 'limited label'
expect ratelimit-write 'Too many requests; try again in 1 s' 10 "the write says when to try again"
expect ratelimit-write 'limited label' 5 "the typed label is kept"
quit ratelimit-write
n=$(requests ratelimit-write "POST /service/306/label")
[ "$n" = "2" ] && ok "ratelimit-write: the 429'd save was not retried" || fail "ratelimit-write: $n label POSTs for 2 saves"

# 429 with Retry-After on reads (3 requests a second): section switches and refreshes in bursts until
# one second holds more than 3; a read waits and retries rather than showing an error.
run_case ratelimit "--rate-limit 3"
for attempt in 1 2 3 4 5; do   # section switches and refreshes, until one second holds more than 3
  keys ratelimit r 2 1 r 2 1 r
  expect ratelimit '^> +306 .*old-blog' 10 "the list is on screen after rapid refreshes (try $attempt)"
  wait_gone ratelimit "$SPINNER" 10 || fail "ratelimit: spinner still turning"
  grep -q '"method":"GET","path":"/api/\(service\|invoice\)",[^}]*"status":429' "$WORK/ratelimit.jsonl" && break
done
still ratelimit '^> +306 .*old-blog' "the list is still there"
screen ratelimit | grep -q 'Too many requests' && fail "ratelimit: a read failed with 429 instead of waiting" || ok "ratelimit: no read error on screen"
# The retry of a 429'd read is an API test (rateLimitIsRetriedPolitely): here a burst's refreshes
# supersede one another and the retries share the windows, so what the log holds next is timing.
quit ratelimit
grep -q '"method":"GET",[^}]*"status":429' "$WORK/ratelimit.jsonl" && ok "ratelimit: reads were rate-limited" || fail "ratelimit: no read got a 429"

# An order whose connection drops after the server placed it: the outcome is unknown, services and
# invoices are re-read, and the order went out exactly once.
run_case order "--reset-after-commit \"POST /order/*\""
keys order 3; expect order 'Extras' 10 "catalogue"
keys order G Enter; expect order 'SSL Certificate' 10 "Extras products"
keys order Enter; expect order 'Configure SSL Certificate' 10 "configurator"
keys order Down; keys order -l 'ssl.example.com'; keys order Enter
expect order 'Review your order: SSL Certificate' 10 "review"
keys order Enter; expect order 'Go ahead\?' 5 "confirm dialog"
keys order y
expect order 'Outcome unknown: the connection failed after the order was sent' 10 "the review says the outcome is unknown"
expect order 'Order outcome unknown \(no answer\)\. Services and invoices re-read' 5 "the message line says what was re-read"
still order 'Domain: ssl\.example\.com' "every choice is still on the review"
reread_after_order() { python3 - "$WORK/order.jsonl" <<'PY'
import json, sys
log = [json.loads(l) for l in open(sys.argv[1])]
at = next(i for i, r in enumerate(log) if r["method"] == "POST" and r["path"] == "/api/order/601")
after = {(r["method"], r["path"]) for r in log[at + 1:]}
sys.exit(0 if {("GET", "/api/service"), ("GET", "/api/invoice"), ("GET", "/api/balance")} <= after else 1)
PY
}
wait_until 10 reread_after_order && ok "order: services and invoices re-read after the lost answer" || fail "order: no re-read after the order"
n=$(requests order "POST /order/601")
[ "$n" = "1" ] && ok "order: POST /order/601 sent exactly once" || fail "order: POST /order/601 sent $n times"
keys order 1
expect order 'ssl\.example\.com' 10 "the placed order's service is in the re-read list"
quit order

# The same for applying credit: the dialog closes, the invoice is re-read and shows what happened.
run_case credit "--reset-after-commit \"POST /invoice/*/credit\""
keys credit 2; expect credit '2026/11/2' 10 "invoices"
keys credit j Enter; expect credit 'Amount due +38\.72' 10 "unpaid invoice"
keys credit a; expect credit 'Amount to apply' 5 "credit dialog"
keys credit y
expect credit 'Credit outcome unknown \(no answer\)' 10 "the message says the outcome is unknown"
wait_gone credit 'Amount to apply' 5 && ok "credit: the dialog is closed, so y cannot resend" || fail "credit: dialog still open"
expect credit 'Amount due +13\.72' 10 "the re-read invoice shows the credit the server applied"
quit credit
n=$(requests credit "POST /invoice/309011/credit")
[ "$n" = "1" ] && ok "credit: POST sent exactly once" || fail "credit: POST sent $n times"

# Cancelling a service whose answer is lost: the dialog closes (y cannot send a second cancellation),
# the message says it may have been requested, the service is re-read and shows its new state.
run_case cancel "--reset-after-commit \"POST /service/*/cancel\""
keys cancel / ; keys cancel -l 'vps01' ; keys cancel Enter
expect cancel '^> +303 ' 10 "the filter selects 303"
keys cancel Enter; expect cancel 'Actions: .*c' 10 "detail of 303"
keys cancel c; expect cancel 'Cancel service #303' 10 "cancel dialog"
keys cancel Tab l y                 # the dialog opens on "No": Tab to When, Immediately, y sends
expect cancel 'Cancellation outcome unknown \(no answer\)\. The service is re-read' 10 "the message says the outcome is unknown"
wait_gone cancel 'Cancel service #303' 5 && ok "cancel: the dialog is closed" || fail "cancel: dialog still open"
expect cancel 'Status +(Cancelled|Terminated)' 10 "the re-read service shows the cancellation the server applied"
keys cancel y Escape; keys cancel Enter; handled cancel   # y on the detail opens the copy chooser; Esc leaves it
quit cancel
n=$(requests cancel "POST /service/303/cancel")
[ "$n" = "1" ] && ok "cancel: POST sent exactly once" || fail "cancel: POST sent $n times"

# Signing out whose revocation gets no answer: signed out here, and the form says the server may have
# revoked the session (never sent twice).
run_case signout "--reset-after-commit \"POST /revoke\""
keys signout O
expect signout 'Sign out demo@example.com\?' 5 "sign-out asks first"
keys signout y
expect signout 'Sign-out outcome unknown \(no answer\): the server' 10 "the form says the revocation's outcome is unknown"
keys signout Escape
[ "$(wait_exit signout 10)" = 0 ] && ok "signout: Esc quits the form" || fail "signout: Esc did not quit"
"${TMUX_CMD[@]}" kill-session -t signout
n=$(requests signout "POST /revoke")
[ "$n" = "1" ] && ok "signout: POST /revoke sent exactly once" || fail "signout: POST /revoke sent $n times"

# The script commands: a write whose answer is lost exits 6 (never 4, which a script would retry),
# says it may have been applied and how to check, and is sent exactly once.
# cli_case NAME "SANDBOX FLAGS" COMMAND… — runs COMMAND against a fresh sandbox; NAME.out/.err/.code.
cli_case() {
  local name=$1 flags=$2; shift 2
  mkdir -p "$WORK/cli"
  XDG_STATE_HOME="$WORK/cli/state" XDG_CONFIG_HOME="$WORK/cli/config" SANDBOX_ARGS="$flags --request-log $WORK/$name.jsonl" \
    "$ROOT/Tests/support/with-sandbox.sh" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" </dev/null
  echo $? >"$WORK/$name.code"
}
cli_expect() {   # NAME CODE REGEX "METHOD PATH" — exit code, stderr text, one POST
  local name=$1 code=$2 text=$3 route=$4 got n
  got=$(cat "$WORK/$name.code"); n=$(requests "$name" "$route")
  [ "$got" = "$code" ] && ok "$name: exit $code" || fail "$name: exit $got, wanted $code ($(cat "$WORK/$name.err"))"
  grep -Eq -- "$text" "$WORK/$name.err" "$WORK/$name.out" && ok "$name: $(cat "$WORK/$name.err" "$WORK/$name.out" | head -c 300)" \
    || fail "$name: no /$text/ in: $(cat "$WORK/$name.err" "$WORK/$name.out")"
  [ "$n" = "1" ] && ok "$name: $route sent exactly once" || fail "$name: $route sent $n times"
}
cli_case cli-order "--reset-after-commit \"POST /order/*\"" "$BIN/pio" order 333 --domain mysite.example --yes
cli_expect cli-order 6 '^pio: the order was sent but no answer came \(connection [a-z ]+\): the order may have been placed\. pio did not send it again; check with `pio services` and `pio invoices` before ordering again\.$' "POST /order/333"
cli_case cli-credit "--reset-after-commit \"POST /invoice/*/credit\"" "$BIN/pio" credit 309010 --yes
cli_expect cli-credit 6 '^pio: the credit was sent but no answer came .*: the credit may have been applied\. pio did not send it again; check with `pio invoice 309010` before applying again\.$' "POST /invoice/309010/credit"
cli_case cli-credit-hang "--hang \"POST /invoice/*/credit\"" "$BIN/pio" credit 309010 --yes --timeout 2
cli_expect cli-credit-hang 6 'no answer came \(no answer in time\): the credit may have been applied' "POST /invoice/309010/credit"
# Applied, then the re-read of the invoice fails: still exit 0 (a failure would make a script apply it again).
cli_case cli-credit-reread "--spare 1 --fail \"GET /invoice/*:500\"" "$BIN/pio" credit 309010 --yes
cli_expect cli-credit-reread 0 '^pio: the credit was applied; reading the invoice afterwards failed \(The server answered HTTP 500' "POST /invoice/309010/credit"
grep -q '^Applied: ' "$WORK/cli-credit-reread.out" && ok "cli-credit-reread: says what was applied" || fail "cli-credit-reread: $(cat "$WORK/cli-credit-reread.out")"
# pio logout: the session is deleted here either way; the revocation is sent once and said to be unknown.
cli_case cli-logout "--reset-after-commit \"POST /revoke\"" bash -c '"$0" login && "$0" logout' "$BIN/pio"
cli_expect cli-logout 0 'Sign-out outcome unknown \(no answer\): the server may have revoked the session; otherwise it drops it when it expires\.' "POST /revoke"
[ -z "$(find "$WORK/cli/state" -name 'session*' 2>/dev/null)" ] && ok "cli-logout: the stored session is deleted" \
  || fail "cli-logout: $(find "$WORK/cli/state" -name 'session*')"

# The server down at start: a clear message, then r signs in once the server is up.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
start down 100 24 "PIO_URL=http://127.0.0.1:$port/api PIO_USER=demo@example.com PIO_PASSWORD=demo '$BIN/pio'"
expect down 'Cannot reach the server' 20 "down at start: says the server cannot be reached"
expect down 'r retry' 1 "down at start: offers r"
"$BIN/pio-sandbox" --port "$port" >"$WORK/down-sandbox.out" 2>&1 &
SANDBOX_PID=$!
wait_until 10 grep -q '^listening' "$WORK/down-sandbox.out" || fail "down: pio-sandbox did not start: $(cat "$WORK/down-sandbox.out")"
keys down r
expect down 'pio-demo\.example' 15 "r signs in and loads once the server is up"
quit down
finish
