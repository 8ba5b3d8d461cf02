#!/usr/bin/env bash
# pio order against pio-sandbox: the dry-run body, refusals that name the field (exit 2), one real POST
# with the expected body in the sandbox's request log, the --config round trip, and confirmation.
source "$(dirname "$0")/lib.sh"
LOG=$WORK/requests.jsonl
start_sandbox --request-log "$LOG" || { finish; exit 1; }
export PIO_URL=$SANDBOX_URL PIO_USER=demo@example.com PIO_PASSWORD=demo
o=$WORK/out; mkdir -p "$o"
printf 'Sw0rdfish-root!\n' >"$WORK/root.txt"
printf 'WIN-KEY-12345-SECRET\n' >"$WORK/licence.txt"
run() { local name=$1; shift; "$@" >"$o/$name.stdout" 2>"$o/$name.stderr" </dev/null; echo $? >"$o/$name.code"; }
expect_code() { local got; got=$(cat "$o/$1.code"); [ "$got" = "$2" ] && ok "$1: exit $2" || fail "$1: exit $got, wanted $2 ($(cat "$o/$1.stderr"))"; }
posts() { grep -c '"method":"POST","path":"/api/order/' "$LOG"; }

# Every type of product 402 except the read-only one, an addon in its own cycle, a promotion code.
ARGS=(402 --cycle q --domain vps1.example.com --set Region=Tokyo --set "Operating system=Windows Server 2022"
      --set 1656=@"$WORK/licence.txt" --set 1657=@"$WORK/root.txt" --set Agents=Docker,10702
      --set "Storage (GB)=NVMe:100" --set vCPU=10 --set "Provisioning date=2027-01-15" --addon 43:a --promo PIO10)
EXPECTED='{"addon":{"43":1},"addon_cycles":{"43":"a"},"custom":{"1650":10656,"1651":10661,"1652":{"10670":10},"1653":{"10680":8},"1654":{"10691":100},"1655":{"10700":1,"10702":1},"1656":{"10710":"***"},"1657":{"10720":"***"},"1658":{"10730":"2027-01-15"}},"cycle":"q","domain":"vps1.example.com","promocode":"PIO10"}'

run dry "$BIN/pio" order "${ARGS[@]}" --dry-run
expect_code dry 0
grep -Fxq "$EXPECTED" "$o/dry.stdout" && ok "dry run prints the exact body (Windows set memory to 8 GB)" || fail "dry-run body: $(tail -1 "$o/dry.stdout")"
grep -q '^Due today: *145\.80 USD (estimate' "$o/dry.stdout" && ok "dry run prints the estimate" || fail "estimate: $(cat "$o/dry.stdout")"
grep -q '^Storage (GB): NVMe × 100 .*10\.00' "$o/dry.stdout" && ok "estimate has a line per chosen item" || fail "estimate lines"
grep -q '^Promotion: *PIO10 (the server applies it' "$o/dry.stdout" && ok "the promotion code is named, left to the server" || fail "promotion line"
run dry_json "$BIN/pio" order "${ARGS[@]}" --dry-run --json
expect_code dry_json 0
python3 - "$o/dry_json.stdout" "$EXPECTED" <<'PY' && ok "--dry-run --json: the same body, the estimate as numbers" || fail "dry-run JSON: $(head -c 400 "$o/dry_json.stdout")"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["dry_run"] is True and d["product_id"] == "402", d
assert d["body"] == json.loads(sys.argv[2]), d["body"]
assert d["estimate"]["due_today"] == 145.8 and d["estimate"]["setup"] == 11, d["estimate"]
PY
[ "$(posts)" = 0 ] && ok "a dry run sends no order" || fail "a dry run sent an order"

run bad_cpu "$BIN/pio" order "${ARGS[@]}" --set vCPU=40 --dry-run
expect_code bad_cpu 2
grep -q '^pio: vCPU must be between 1 and 32' "$o/bad_cpu.stderr" && ok "refused value names the field: $(cat "$o/bad_cpu.stderr")" || fail "vCPU refusal: $(cat "$o/bad_cpu.stderr")"
run bad_date "$BIN/pio" order "${ARGS[@]}" --set "Provisioning date=15/01/2027" --yes
expect_code bad_date 2
grep -q 'Provisioning date must be a date as YYYY-MM-DD' "$o/bad_date.stderr" && ok "a date that is not YYYY-MM-DD is refused" || fail "date refusal: $(cat "$o/bad_date.stderr")"
run missing "$BIN/pio" order 402 --set Region=Mars --yes
expect_code missing 2
grep -q 'Region has no option "Mars"' "$o/missing.stderr" && ok "unknown item named with the choices" || fail "item refusal: $(cat "$o/missing.stderr")"
run required "$BIN/pio" order 402 --domain vps1.example.com --yes
expect_code required 2
grep -q '^pio: Region is required' "$o/required.stderr" && grep -q '^pio: Root password is required. Give it with --set 1657=@FILE' "$o/required.stderr" \
  && ok "every missing required field on its own line" || fail "required: $(cat "$o/required.stderr")"
run argv_secret "$BIN/pio" order 402 --domain vps1.example.com --set Region=Tokyo --set "Root password=hunter2hunter2" --dry-run
expect_code argv_secret 2
grep -q 'Root password is encrypted: give it as --set 1657=@FILE' "$o/argv_secret.stderr" && ok "an encrypted value on the command line is refused" || fail "argv secret: $(cat "$o/argv_secret.stderr")"
run no_yes "$BIN/pio" order "${ARGS[@]}"
expect_code no_yes 2
grep -q 'needs confirmation.*--yes' "$o/no_yes.stderr" && ok "without a terminal an order needs --yes" || fail "no --yes: $(cat "$o/no_yes.stderr")"
for f in bad_cpu bad_date missing required argv_secret no_yes; do [ -s "$o/$f.stdout" ] && fail "$f printed on stdout"; done
[ "$(posts)" = 0 ] && ok "no refused order reached the server" || fail "a refused order was sent"

run real "$BIN/pio" order "${ARGS[@]}" --yes
expect_code real 0
grep -q '^Order: *4000001' "$o/real.stdout" && grep -q '^Invoice: *3090' "$o/real.stdout" && grep -q '^Total: *132\.32' "$o/real.stdout" \
  && ok "order number, invoice and total: $(tr '\n' ' ' <"$o/real.stdout")" || fail "order output: $(cat "$o/real.stdout")"
[ "$(posts)" = 1 ] && ok "one POST /order/402" || fail "$(posts) order POSTs"
python3 - "$LOG" "$EXPECTED" <<'PY' && ok "the request log holds the expected body, secrets masked" || fail "logged body: $(grep POST "$LOG")"
import json, sys
posts = [e for e in map(json.loads, open(sys.argv[1])) if e["method"] == "POST" and e["path"] == "/api/order/402"]
assert len(posts) == 1 and posts[0]["status"] == 200, posts
assert json.loads(posts[0]["body"]) == json.loads(sys.argv[2]), posts[0]["body"]
PY
grep -q 'Sw0rdfish-root!\|WIN-KEY-12345-SECRET' "$LOG" "$o"/*.stdout "$o"/*.stderr && fail "a secret appears in the log or the output" || ok "no secret in the request log or any output"
invoice=$(sed -n 's/^Invoice: *//p' "$o/real.stdout")
run invoice "$BIN/pio" invoice "$invoice" --json
python3 -c "import json,sys; i=json.load(open(sys.argv[1])); assert i['status']=='Unpaid' and abs(i['total']-132.32)<1e-9, i" "$o/invoice.stdout" \
  && ok "invoice $invoice is unpaid for 132.32" || fail "invoice: $(cat "$o/invoice.stdout")"

cp "$o/dry_json.stdout" "$WORK/order.json"
run config_only "$BIN/pio" order 402 --config "$WORK/order.json" --yes
expect_code config_only 2
grep -q 'Windows licence key is required. Give it with --set 1656=@FILE' "$o/config_only.stderr" && ok "masked secrets in --config must be given again" || fail "config secrets: $(cat "$o/config_only.stderr")"
run config "$BIN/pio" order 402 --config "$WORK/order.json" --set 1656=@"$WORK/licence.txt" --set 1657=@"$WORK/root.txt" --yes --json
expect_code config 0
python3 - "$LOG" "$o/config.stdout" <<'PY' && ok "--config round trip: the same body again, JSON result" || fail "config round trip: $(cat "$o/config.stdout")"
import json, sys
posts = [e for e in map(json.loads, open(sys.argv[1])) if e["method"] == "POST" and e["path"] == "/api/order/402"]
assert len(posts) == 2 and json.loads(posts[0]["body"]) == json.loads(posts[1]["body"]), posts
r = json.load(open(sys.argv[2]))
assert r["order_num"] == "4000002" and r["total"] == 132.32 and r["invoice_id"], r
assert r["items"][0]["domain"] == "vps1.example.com" and r["items"][0]["cycle"] == "q", r
PY
run other_product "$BIN/pio" order 401 --config "$WORK/order.json" --dry-run
expect_code other_product 2

# On a terminal: the root password is asked without echo, then the order is confirmed (n declines, exit 1).
CMD="env PIO_URL=$PIO_URL PIO_USER=demo@example.com PIO_PASSWORD=demo '$BIN/pio' order 402 --domain vps2.example.com --set Region=Helsinki"
start ask 100 30 "$CMD"
wait_for ask 'Root password:' 20 && ok "asks for the encrypted field on the terminal" || fail "no password prompt"
keys ask 'Secret-typed-here' Enter
wait_for ask 'Order Custom VPS for 27\.00 USD due today \(estimate\)\? \[y/N\]' 20 && ok "asks before ordering" || fail "no confirmation"
screen ask | grep -q 'Secret-typed-here' && fail "the typed password was echoed" || ok "the typed password is not echoed"
keys ask n Enter
[ "$(wait_exit ask 20)" = 1 ] && ok "declining exits 1" || fail "declining did not exit 1"
wait_for ask 'pio: not ordered' 5 && [ "$(posts)" = 2 ] && ok "declined: nothing sent" || fail "declined order sent or no message"
start confirm 100 30 "$CMD"
wait_for confirm 'Root password:' 20 && keys confirm 'Secret-typed-here' Enter
wait_for confirm '\[y/N\]' 20 && keys confirm y Enter
wait_for confirm '^Order: *4000003' 20 && ok "confirmed on the terminal: ordered" || fail "confirmed order not shown"
[ "$(wait_exit confirm 20)" = 0 ] && [ "$(posts)" = 3 ] && ok "exit 0, third POST" || fail "confirmed order: exit or POST count wrong"
grep -q 'Secret-typed-here' "$LOG" && fail "typed password in the request log" || ok "typed password masked in the request log"
finish
