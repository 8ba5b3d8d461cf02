#!/usr/bin/env bash
# Billing script commands against pio-sandbox: the invoice's client block, `invoices --status` and its
# unpaid total, and `pio credit` (validation, --yes without a terminal, the question on one, the POST sent once).
source "$(dirname "$0")/lib.sh"
log="$WORK/requests.jsonl"
out="$WORK/sandbox.out"
"$BIN/pio-sandbox" --port 0 --request-log "$log" >"$out" 2>&1 &
SANDBOX_PID=$!
for _ in $(seq 1 200); do SANDBOX_URL=$(head -n 1 "$out" 2>/dev/null | sed -n 's/^listening on //p'); [ -n "$SANDBOX_URL" ] && break; sleep 0.05; done
[ -n "$SANDBOX_URL" ] || { fail "pio-sandbox did not start: $(cat "$out")"; finish; }
export PIO_URL=$SANDBOX_URL PIO_USER=demo@example.com PIO_PASSWORD=demo
o=$WORK/out; mkdir -p "$o"
run() { local name=$1; shift; "$@" >"$o/$name.stdout" 2>"$o/$name.stderr" </dev/null; echo $? >"$o/$name.code"; }
expect_code() { local got; got=$(cat "$o/$1.code"); [ "$got" = "$2" ] && ok "$1: exit $2" || fail "$1: exit $got, wanted $2 ($(cat "$o/$1.stderr"))"; }
posts() { grep -c '"method":"POST","path":"/api/invoice/[^"]*/credit"' "$log"; }

run invoice "$BIN/pio" invoice 309011
run invoice_json "$BIN/pio" invoice 309011 --json
run unpaid "$BIN/pio" invoices --status unpaid
run unpaid_json "$BIN/pio" invoices --status unpaid --json
run two_statuses_json "$BIN/pio" invoices --status Paid,cancelled --json
run bad_status "$BIN/pio" invoices --status unpiad
run services "$BIN/pio" services
run service "$BIN/pio" service 303
expect_code invoice 0; expect_code invoice_json 0; expect_code unpaid 0; expect_code unpaid_json 0; expect_code two_statuses_json 0
expect_code bad_status 2
grep -q '^Bill to: *Dana Demo$' "$o/invoice.stdout" && grep -q '^ *PIO Demo Ltd$' "$o/invoice.stdout" && grep -q '^ *US$' "$o/invoice.stdout" \
  && ok "invoice table shows the client block" || fail "invoice table: $(cat "$o/invoice.stdout")"
head -n 1 "$o/services.stdout" | grep -Eq 'TOTAL USD$' && grep -Eq '^Total: +32\.00 USD$' "$o/service.stdout" \
  && ok "services and service name the account's currency" || fail "currency: $(head -n 1 "$o/services.stdout"); $(grep Total "$o/service.stdout")"
grep -q '^3 to pay: 60.08 USD$' "$o/unpaid.stdout" && ok "invoices table ends with the total to pay" || fail "unpaid line: $(tail -2 "$o/unpaid.stdout")"
python3 - "$o" <<'PY' && ok "client block, amount due and the unpaid total from --json" || fail "billing JSON"
import json, sys
from decimal import Decimal
o = sys.argv[1]
inv = json.load(open(f"{o}/invoice_json.stdout"))
c = inv["client"]
assert c == {"name": "Dana Demo", "company": "PIO Demo Ltd", "email": "demo@example.com",
             "address": ["1 Sandbox Lane", "Suite 42", "Santa Rosa, California 95401"], "country": "US"}, c
assert inv["amount_due"] == 38.72, inv
unpaid = json.load(open(f"{o}/unpaid_json.stdout"), parse_float=Decimal)
assert {i["status"] for i in unpaid} == {"Unpaid"} and len(unpaid) == 3, unpaid
assert sum(i["total"] for i in unpaid) == Decimal("60.08"), unpaid
two = json.load(open(f"{o}/two_statuses_json.stdout"))
assert {i["status"] for i in two} == {"Paid", "Cancelled"}, two
PY

# Refused before anything is sent.
run no_terminal "$BIN/pio" credit 309010
run comma "$BIN/pio" credit 309010 --amount 12,50 --yes
run negative "$BIN/pio" credit 309010 --amount=-3 --yes
run above_due "$BIN/pio" credit 309010 --amount 7 --yes
run above_credit "$BIN/pio" credit 309011 --amount 30 --yes
expect_code no_terminal 2; expect_code comma 2; expect_code negative 2; expect_code above_due 2; expect_code above_credit 2
grep -q 'add --yes' "$o/no_terminal.stderr" && ok "no terminal: $(cat "$o/no_terminal.stderr")" || fail "no_terminal: $(cat "$o/no_terminal.stderr")"
grep -q 'Use a dot for decimals: 12.50.' "$o/comma.stderr" && ok "comma: $(cat "$o/comma.stderr")" || fail "comma: $(cat "$o/comma.stderr")"
grep -q 'must be positive' "$o/negative.stderr" && ok "negative refused" || fail "negative: $(cat "$o/negative.stderr")"
grep -q '^pio: --amount: That is more than the invoice still needs (6.99 USD).$' "$o/above_due.stderr" && ok "above due: $(cat "$o/above_due.stderr")" || fail "above_due: $(cat "$o/above_due.stderr")"
grep -q 'available credit (25.00 USD)' "$o/above_credit.stderr" && ok "above credit refused" || fail "above_credit: $(cat "$o/above_credit.stderr")"
[ "$(posts)" = 0 ] && ok "no POST for refused amounts" || fail "a refused amount was sent"

# On a terminal pio asks; "n" sends nothing, "y" sends once.
start ask 100 10 "env PIO_URL=$PIO_URL PIO_USER=demo@example.com PIO_PASSWORD=demo $BIN/pio credit 309010 --amount 1.50"
wait_for ask 'Apply 1.50 USD of credit to invoice 2026/11/1 .*\[y/N\]' 20 && ok "asks on a terminal" || fail "no question"
keys ask n Enter
wait_for ask 'pio: not applied' 10 && [ "$(wait_exit ask)" = 1 ] && ok "n: nothing applied, exit 1" || fail "n did not decline"
[ "$(posts)" = 0 ] && ok "declining sent nothing" || fail "declining sent a POST"
start ask2 100 10 "env PIO_URL=$PIO_URL PIO_USER=demo@example.com PIO_PASSWORD=demo $BIN/pio credit 309010 --amount 1.50"
wait_for ask2 '\[y/N\]' 20 && keys ask2 y Enter
wait_for ask2 'Credit left: +23.50 USD' 10 && [ "$(wait_exit ask2)" = 0 ] && ok "y: applied 1.50" || fail "y did not apply"

# Without --amount: the rest of 309010, then all remaining credit on 309011, then nothing left.
run rest "$BIN/pio" credit 309010 --yes --json
run again "$BIN/pio" credit 309010 --yes
run partial "$BIN/pio" credit 309011 --yes --json
run empty "$BIN/pio" credit 309012 --yes
expect_code rest 0; expect_code again 5; expect_code partial 0; expect_code empty 5
grep -q 'is Paid: credit applies only to unpaid invoices' "$o/again.stderr" && ok "paid invoice: $(cat "$o/again.stderr")" || fail "again: $(cat "$o/again.stderr")"
grep -q 'no credit to apply (credit 0.00 USD)' "$o/empty.stderr" && ok "no credit: $(cat "$o/empty.stderr")" || fail "empty: $(cat "$o/empty.stderr")"
python3 - "$o" <<'PY' && ok "credit --json: amounts, status and credit left" || fail "credit JSON"
import json, sys
o = sys.argv[1]
rest = json.load(open(f"{o}/rest.stdout"))
assert rest["applied"] == 5.49 and rest["invoice_status"] == "Paid" and rest["amount_due"] == 0 and rest["credit"] == 18.01, rest
partial = json.load(open(f"{o}/partial.stdout"))
assert partial["applied"] == 18.01 and partial["invoice_status"] == "Unpaid" and partial["credit"] == 0, partial
assert abs(partial["amount_due"] - 20.71) < 1e-9, partial
PY
[ "$(posts)" = 3 ] && ok "three applications, three POSTs" || fail "POSTs sent: $(posts)"
python3 - "$log" <<'PY' && ok "each POST carried the confirmed amount" || fail "POST bodies"
import json, sys
from decimal import Decimal
bodies = [json.loads(l) for l in open(sys.argv[1]) if '"POST"' in l and "/credit" in l]
amounts = [json.loads(b["body"], parse_float=Decimal)["amount"] for b in bodies]
assert amounts == [Decimal("1.5"), Decimal("5.49"), Decimal("18.01")], amounts
PY
finish
