#!/usr/bin/env bash
# Journey (issue 9): in the catalogue, configure the every-type product (Custom VPS) with a cycle,
# a domain, a search-select, sliders, a select-with-quantity, multi-checkbox items, a password and
# an addon in its own cycle; review, answer the confirm dialog (No first), order, see the result and
# open its invoice (the server's total equals the estimate). The request log holds one order POST with the expected body. Then an
# order the sandbox refuses (an unknown promotion code) says why and keeps the form filled.
# At 200x50 the fields and the price stand side by side.
source "$(dirname "$0")/lib.sh"

# posts LOG ROUTE — the bodies of the POSTs to ROUTE, one JSON per line.
posts() { python3 - "$1" "$2" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    try:
        r = json.loads(line)
    except ValueError:
        continue
    if r.get("method") == "POST" and r.get("path", "").rstrip("/").endswith(sys.argv[2]):
        print(r.get("body") or "")
PY
}

# open_custom_vps SESSION — from the services list to the configurator of product 402.
open_custom_vps() {
  keys "$1" 3
  wait_for "$1" 'Cloud Servers' 10 || fail "categories not shown"
  keys "$1" j Enter
  wait_for "$1" 'Custom VPS' 10 || fail "products of Cloud Servers not shown"
  keys "$1" j Enter
  wait_for "$1" 'Configure Custom VPS' 10 || fail "configurator not shown"
  wait_for "$1" '> Billing cycle' 10 || fail "focus not on the first field"
}

echo "  -- at 80x24"
LOG="$WORK/requests.jsonl"
SANDBOX_ARGS="--request-log $LOG" start main 80 24 "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
wait_for main 'pio-demo\.example' || fail "services not on screen"
open_custom_vps main
wait_for main 'Hidden by your choices: Windows licence key' 10 && ok "hidden fields named, not shown" || fail "no hidden-field note"

keys main Right                                   # cycle: Quarterly
wait_for main 'Quarterly 22\.80' 5 || fail "cycle did not change"
keys main Down ; keys main -l 'vps.example.com'   # domain (typing)
keys main Down Right Right                        # Region: Helsinki (search-select)
wait_for main '‹ Helsinki ›' 5 && ok "search-select cycles with →" || fail "region not chosen"
keys main Down Down + +                           # vCPU 2 → 4
wait_for main '\] 4 +× 3\.00 USD = 12\.00 USD' 5 && ok "slider moves with +" || fail "vCPU not 4"
keys main Down +                                  # Memory 4 → 6
keys main Down Right +                            # Storage: NVMe × 50
wait_for main 'NVMe 0\.10 USD ›  ×  50' 5 && ok "select with quantity" || fail "storage not NVMe × 50"
keys main Down Space Right Space                  # Agents: Docker, Monitoring agent
wait_for main '\[x\] Monitoring agent' 5 && ok "multi-checkbox items ticked" || fail "agents not ticked"
keys main Down ; keys main -l 'Sup3r-secret-pw'   # root password
wait_for main 'Root password \* +•{15}' 5 && ok "password masked as typed" || fail "password not masked"
screen main | grep -q 'Sup3r' && fail "password shown in clear"
keys main Down Down Space Right                   # addon Managed backups, quarterly
wait_for main '\[x\] Managed backups  ‹ Quarterly 11\.00' 5 && ok "addon with its own cycle" || fail "addon not chosen"
wait_for main 'Due today ≈ ' 5 && ok "estimate on screen" || fail "no estimate"
keys main o
wait_for main 'Review your order: Custom VPS' 10 || fail "review not shown"
wait_for main 'Addon Managed backups: Quarterly' 5 && ok "review lists every choice" || fail "review misses the addon"
estimate=$(screen main | sed -n 's/.*Due today ≈ \([0-9.]* USD\) (estimate).*/\1/p' | head -n 1)
keys main Enter
wait_for main 'Go ahead\?' 5 || fail "confirm dialog not shown"
keys main Enter                                   # "No" is focused
wait_gone main 'Go ahead\?' 5 && ok "Enter on the default button answers No" || fail "dialog still open"
[ -z "$(posts "$LOG" /order/402)" ] && ok "nothing ordered after No" || fail "an order was sent after No"
keys main Enter
wait_for main 'Go ahead\?' 5 || fail "confirm dialog not shown again"
keys main y
wait_for main 'Order #[0-9]+ placed for Custom VPS' 10 && ok "order result shown" || fail "no order result"
wait_for main 'Invoice #[0-9]+ was created' 5 && ok "invoice named" || fail "no invoice in the result"
wait_for main "Total: $estimate\$" 5 && ok "the server's total equals the estimate ($estimate)" || fail "total differs from the estimate $estimate"

bodies=$(posts "$LOG" /order/402)
n=$(printf '%s\n' "$bodies" | grep -c .)
[ "$n" = "1" ] && ok "one order POST" || fail "$n order POSTs"
python3 - "$bodies" <<'PY' && ok "order body as expected" || fail "order body: $bodies"
import json, sys
b = json.loads(sys.argv[1].splitlines()[0])
want = {"cycle": "q", "domain": "vps.example.com", "addon": {"43": 1}, "addon_cycles": {"43": "q"}}
assert all(b.get(k) == v for k, v in want.items()), b
c = b["custom"]
assert c["1650"] == 10651 and c["1651"] == 10660, c
assert c["1652"] == {"10670": 4} and c["1653"] == {"10680": 6} and c["1654"] == {"10691": 50}, c
assert c["1655"] == {"10700": 1, "10701": 1}, c
assert list(c["1657"].keys()) == ["10720"], c
assert "1656" not in c and "1658" not in c and "1659" not in c, c   # hidden fields and the unknown type
PY
grep -q 'Sup3r-secret-pw' "$LOG" && fail "password in the request log"

invoice=$(screen main | sed -n 's/.*Invoice #\([0-9]*\) was created.*/\1/p')
keys main i
wait_for main '\[2 Invoices\]' 10 && ok "i opens the invoices section" || fail "invoices section not opened"
wait_for main 'Custom VPS' 10 && ok "the new invoice #$invoice is open, with the order's lines" || fail "invoice $invoice not shown"
wait_for main "Invoice .*\\(#$invoice\\)" 5 || fail "the open invoice is not #$invoice"

echo "  -- a refused order keeps the form"
keys main 3
wait_for main 'Order #[0-9]+ placed' 5 || fail "catalogue did not keep the result"
keys main Escape
wait_for main '> Custom VPS' 10 || fail "Esc did not return to the products"
keys main Enter
wait_for main '> Billing cycle' 10 || fail "configurator not reopened"
keys main Down ; keys main -l 'vps2.example.com'
keys main Down Right Right
keys main Down Down Down Down Down Down ; keys main -l 'An0ther-secret'
keys main Down Down o
wait_for main 'Review your order' 10 || fail "review not shown (second order)"
keys main Tab ; keys main -l 'BOGUS' ; keys main Tab Tab Enter
wait_for main 'Go ahead\?' 5 || fail "confirm dialog not shown (second order)"
keys main y
wait_for main 'The promotion code is not valid' 10 && ok "refusal explained at the promotion code" || fail "no refusal shown"
keys main Escape
wait_for main 'vps2\.example\.com' 10 && ok "form still filled after the refusal" || fail "domain lost"
wait_for main '‹ Helsinki ›' 5 && ok "choices kept" || fail "region lost"
n=$(posts "$LOG" /order/402 | grep -c .)
[ "$n" = "2" ] && ok "the refused order was one POST" || fail "$n order POSTs in all"
keys main Escape
wait_for main '> Custom VPS' 5
keys main q q
code=$(wait_exit main 10)
[ "$code" = "0" ] && ok "q q exits with 0" || fail "exit code $code"

echo "  -- at 200x50"
start wide 200 50 "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
wait_for wide 'pio-demo\.example' || fail "services not on screen (wide)"
open_custom_vps wide
wait_for wide 'Billing cycle \*.*┌─ Price' 5 && ok "fields and price side by side" || fail "not side by side at 200x50"
keys wide Escape
wait_for wide '> Custom VPS' 5
keys wide q q
wait_exit wide 10 >/dev/null
finish
