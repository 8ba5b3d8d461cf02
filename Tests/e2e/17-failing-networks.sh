#!/usr/bin/env bash
# Journey: failing networks, each on a read and on a write, with the sandbox's fault switches:
# seconds of latency, a hung request (pio --timeout), HTTP 500, truncated JSON, 429 with Retry-After,
# a connection dropped after the server did the work (an order, applying credit: the outcome is
# unknown, the state is re-read, the POST is sent once), and the server down at start. Each case asserts the message and
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
  local code i
  keys "$1" Escape; sleep 0.2   # leaves a text field; the pause keeps Esc q from reading as Alt-q
  for i in 1 2 3 4 5; do   # q backs one level and quits at the top
    [ -f "$WORK/$1/exit" ] && break
    keys "$1" q; wait_exit "$1" 1 >/dev/null
  done
  code=$(wait_exit "$1" 10)
  [ "$code" = "0" ] || { fail "$1: exit $code"; screen "$1" | sed 's/^/  | /'; }
  "${TMUX_CMD[@]}" kill-session -t "$1"
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
sleep 2.5   # the cancelled answer would have arrived by now
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

# One case per fault: the list refresh (read) and the second label save (write) fail.
fault_case() {
  local name=$1 flags=$2 read_msg=$3 write_msg=$4 pioflags=${5:-}
  run_case "$name" "--spare 1 $flags" "$pioflags"
  keys "$name" r
  expect "$name" "$read_msg" 15 "refresh fails with: $read_msg"
  still "$name" '^> +306 +old-blog\.example' "the list stays on screen"
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
  expect "$name" 'second label' 5 "the typed label is still there"
  quit "$name"
  local posts; posts=$(requests "$name" "POST /service/306/label")
  [ "$posts" = "2" ] && ok "$name: the label POST went out once per save" || fail "$name: $posts label POSTs for 2 saves"
}
fault_case hang "--hang \"GET /service\" --hang \"POST /service/*/label\"" 'did not answer in time' 'did not answer in time' '--timeout 2'
fault_case http500 "--fail \"GET /service:500\" --fail \"POST /service/*/label:500\"" 'HTTP 500' 'HTTP 500'
fault_case truncated "--malformed \"GET /service\" --malformed \"POST /service/*/label\"" 'could not be read' 'could not be read'
fault_case reset "--reset-after-commit \"GET /service\" --reset-after-commit \"POST /service/*/label\"" 'Cannot reach the server' 'Cannot reach the server'

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
  sleep 1.1
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
sleep 1   # give the re-reads time to be logged
n=$(requests order "POST /order/601")
[ "$n" = "1" ] && ok "order: POST /order/601 sent exactly once" || fail "order: POST /order/601 sent $n times"
python3 - "$WORK/order.jsonl" <<'PY' && ok "order: services and invoices re-read after the lost answer" || fail "order: no re-read after the order"
import json, sys
log = [json.loads(l) for l in open(sys.argv[1])]
at = next(i for i, r in enumerate(log) if r["method"] == "POST" and r["path"] == "/api/order/601")
after = {(r["method"], r["path"]) for r in log[at + 1:]}
assert {("GET", "/api/service"), ("GET", "/api/invoice"), ("GET", "/api/balance")} <= after, after
PY
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

# The server down at start: a clear message, then r signs in once the server is up.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
start down 100 24 "PIO_URL=http://127.0.0.1:$port/api PIO_USER=demo@example.com PIO_PASSWORD=demo '$BIN/pio'"
expect down 'Cannot reach the server' 20 "down at start: says the server cannot be reached"
expect down 'r retry' 1 "down at start: offers r"
"$BIN/pio-sandbox" --port "$port" >"$WORK/down-sandbox.out" 2>&1 &
SANDBOX_PID=$!
wait_for down 'x' 1 >/dev/null; for _ in $(seq 1 100); do grep -q '^listening' "$WORK/down-sandbox.out" && break; sleep 0.05; done
keys down r
expect down 'pio-demo\.example' 15 "r signs in and loads once the server is up"
quit down
finish
