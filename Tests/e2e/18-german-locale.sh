#!/usr/bin/env bash
# Journey (issue 20): a German customer on an install that answers as others do (--dataset quirks:
# EUR invoices, /balance without a currency, labels in the services list, a Berlin address) with
# LANG=de_DE.UTF-8: amounts read "1.489,00 €", the header names Due and Credit, a label is found by
# /, and "12,50" typed into the credit dialog applies 12.50 once (the sandbox's request log).
source "$(dirname "$0")/lib.sh"

# de_DE.UTF-8 must exist for the terminal to stay UTF-8 under it; generate it where we may, else
# say so and choose German through the locale setting (the same tables) on C.UTF-8.
LOCALE_ENV="LANG=de_DE.UTF-8"
if ! locale -a 2>/dev/null | grep -qix 'de_DE\.utf-\?8'; then
  localedef -i de_DE -f UTF-8 de_DE.UTF-8 2>/dev/null
  if ! locale -a 2>/dev/null | grep -qix 'de_DE\.utf-\?8'; then
    echo "  note: de_DE.UTF-8 is not installed; using LANG=C.UTF-8 PIO_LOCALE=de"
    LOCALE_ENV="LANG=C.UTF-8 PIO_LOCALE=de"
  fi
fi

LOG="$WORK/requests.jsonl"
SANDBOX_ARGS="--dataset quirks --request-log $LOG" start main 100 30 "$LOCALE_ENV '$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
wait_for main 'pio-demo\.example' || fail "services not on screen"
wait_for main 'Due 104,98 € · Credit 25,00 €' 10 && ok "header: Due and Credit in German form, EUR from the invoices" \
  || fail "header not in German form"
screen main | grep -q 'Personal site — pio-demo.example' && ok "the list shows a label without opening the service" \
  || fail "label not in the list"
screen main | grep -Eq ' 6,99 *$' && ok "list amounts with a decimal comma" || fail "list amount not 6,99"

keys main / ; keys main -l 'personal' ; keys main Enter
wait_for main 'Filter: personal +\(1 shown' 10 && screen main | grep -q '^> .*Personal site' && ok "/ matches the label" \
  || fail "/ did not match the label"
keys main Escape

keys main 2
wait_for main '10 invoices · 4 to pay: 109,98 €' 10 && ok "invoices footer: owed invoices in German form" || fail "no German footer"
screen main | grep -Eq '2026/11/1 .*Overdue' && ok "overdue invoice says so" || fail "no Overdue text"

keys main / ; keys main -l '2026/11/2' ; keys main Enter
wait_for main '^> +2026/11/2 ' 10 || fail "filter did not select 2026/11/2"
keys main Enter
wait_for main 'Amount due +38,72 €' 10 && ok "detail: amount due in German form" || fail "detail of 2026/11/2 not shown"
screen main | grep -q '10117 Berlin' && ok "Bill to: postcode before the city" || fail "address not in German order"

keys main a
wait_for main 'Apply credit to invoice 2026/11/2' 10 || fail "credit dialog not shown"
wait_for main 'Leaves 13,72 € to pay' 10 && ok "proposal is all the credit, in German form" || fail "no German proposal"
keys main Tab C-u ; keys main -l '12,50'
wait_for main 'Leaves 26,22 € to pay' 10 && ok "12,50 accepted as twelve and a half" || fail "12,50 not accepted"
keys main Enter
keys main y
wait_for main 'Amount due +26,22 €' 10 && ok "credit applied" || fail "credit not applied"
wait_for main 'Credit 12,50 €' 10 && ok "header credit lowered to 12,50 €" || fail "header credit not refreshed"

keys main q
wait_for main '^> +2026/11/2 ' 10 || fail "q did not return to the list"
keys main Escape
wait_for main '1\.489,00 EUR' 10 && ok "the list's total column fits German grouping" || fail "a total is cut"
keys main q
code=$(wait_exit main 10)
[ "$code" = "0" ] || screen main | sed 's/^/  | /'
[ "$code" = "0" ] && ok "q q exits with 0" || fail "exit code $code"

n=$(posts_logged "$LOG" /invoice/309011/credit)
[ "$n" = "1" ] && ok "POST /invoice/309011/credit sent once" || fail "POST sent $n times"
amount=$(python3 - "$LOG" <<'PY'
import json, sys
from decimal import Decimal
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r.get("method") == "POST" and r.get("path", "").endswith("/invoice/309011/credit"):
        print(Decimal(str(json.loads(r["body"], parse_float=Decimal)["amount"])).quantize(Decimal("0.01")))
PY
)
[ "$amount" = "12.50" ] && ok "the POST carries amount=12.50" || fail "the POST carries amount=$amount"

# The same install from scripts: tables in German form, JSON as always.
start_sandbox --dataset quirks || { finish; exit 1; }
o=$WORK/out; mkdir -p "$o"
run() { local name=$1; shift; env $LOCALE_ENV PIO_URL=$SANDBOX_URL PIO_USER=demo@example.com PIO_PASSWORD=demo PIO_PROFILE=quirks \
  XDG_STATE_HOME="$WORK/state-cli" "$@" >"$o/$name.stdout" 2>"$o/$name.stderr" </dev/null; echo $? >"$o/$name.code"; }
run balance "$BIN/pio" balance
run balance_json "$BIN/pio" balance --json
run paid "$BIN/pio" invoice 308976
run paid_json "$BIN/pio" invoice 308976 --json
run overdue "$BIN/pio" invoices --status overdue
run late "$BIN/pio" invoice 309010
run services_json "$BIN/pio" services --json
LONG=a-service-name-longer-than-any-terminal-column-would-show-whole.one.example
run order_json "$BIN/pio" order 333 --cycle m --domain "$LONG" --yes --json
run services "$BIN/pio" services
run invoices "$BIN/pio" invoices
for f in balance balance_json paid paid_json overdue late services_json order_json services invoices; do
  [ "$(cat "$o/$f.code")" = 0 ] || fail "$f: exit $(cat "$o/$f.code") ($(cat "$o/$f.stderr"))"
done
grep -Eq '^Due: +104,98 €' "$o/balance.stdout" && grep -Eq '^Credit: +25,00 €' "$o/balance.stdout" \
  && ok "pio balance: Due and Credit in German form, EUR from the invoices" || fail "balance: $(cat "$o/balance.stdout")"
grep -Eq '^Amount due: +0,00 €$' "$o/paid.stdout" && ok "pio invoice: a paid invoice owes nothing" || fail "paid: $(cat "$o/paid.stdout")"
grep -Eq '^309010 .*Overdue' "$o/overdue.stdout" && ! grep -q '^309011 ' "$o/overdue.stdout" \
  && ok "--status overdue keeps only the overdue, named as the pane names them" || fail "overdue: $(cat "$o/overdue.stdout")"
grep -Eq '^Status: +Unpaid, OVERDUE$' "$o/late.stdout" && ok "pio invoice: a late invoice says so as the pane does" || fail "late: $(head -3 "$o/late.stdout")"
head -n 1 "$o/services.stdout" | grep -Eq 'TOTAL €$' && ok "pio services: the Total column names the account's currency, from the invoices" \
  || fail "services header: $(head -n 1 "$o/services.stdout")"
grep -qF "$LONG" "$o/services.stdout" && ok "a table written to a file cuts nothing" || fail "services: $(cat "$o/services.stdout")"
python3 - "$o/invoices.stdout" <<'PY' && ok "pio invoices: the newest first, as in the pane" || fail "invoices order: $(head -4 "$o/invoices.stdout")"
import sys
rows = [l.split() for l in open(sys.argv[1]) if l[:1].isdigit()]
dates = [r[3] for r in rows]
assert len(rows) >= 10 and dates == sorted(dates, reverse=True), dates
PY
python3 - "$o" <<'PY' && ok "JSON: numbers as always, the label, one ordered item, amount due 0 when paid" || fail "JSON output"
import json, sys
o = sys.argv[1]
bal = json.load(open(f"{o}/balance_json.stdout"))
assert bal["currency"] == "EUR" and bal["balance"] == 104.98, bal
paid = json.load(open(f"{o}/paid_json.stdout"))
assert paid["status"] == "Paid" and paid["amount_due"] == 0 and paid["total"] == 9.12, paid
assert paid["client"]["address"][-1] == "10117 Berlin", paid["client"]
s = next(x for x in json.load(open(f"{o}/services_json.stdout")) if x["id"] == "301")
assert s["label"] == "Personal site", s
order = json.load(open(f"{o}/order_json.stdout"))
items = order.get("items") or order.get("result", {}).get("items")
assert len(items) == 1 and items[0]["domain"].endswith(".one.example"), order
PY
finish
