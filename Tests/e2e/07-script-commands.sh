#!/usr/bin/env bash
# The script commands against pio-sandbox: tables, JSON with numbers as numbers, and exit codes.
source "$(dirname "$0")/lib.sh"
cat >"$WORK/commands.sh" <<'SCRIPT'
set -u
out=$WORK/out; mkdir -p "$out"
# Each run has its own state directory: no session stored by one run is resumed by the next.
run() { local name=$1; shift; XDG_STATE_HOME="$out/state-$name" XDG_CONFIG_HOME="$out/config" "$@" >"$out/$name.stdout" 2>"$out/$name.stderr"; echo $? >"$out/$name.code"; }
run services "$BIN/pio" services
run services_json "$BIN/pio" services --json
run invoice_json "$BIN/pio" invoice 309011 --json
run balance_json "$BIN/pio" balance --json
run product_json "$BIN/pio" product 401 --json
run unknown_invoice "$BIN/pio" invoice 999999
run wrong_password env PIO_PASSWORD=s3cr3t-Pa55word "$BIN/pio" services
run bad_option "$BIN/pio" services --no-such-flag
run no_user env -u PIO_USER "$BIN/pio" services
run plain_http env PIO_URL=http://portal.example.com/api "$BIN/pio" services
# --json FIELDS: every command's whole JSON against the fields it lists when one is unknown.
for c in balance services invoices "invoice 309011" "service 301" categories "products 10" "product 401"; do
  n=${c// /_}
  run "all_$n" "$BIN/pio" $c --json
  run "unknown_$n" "$BIN/pio" $c --json zz_nope
done
run pick_services "$BIN/pio" services --json id,domain,label,status
run pick_equals "$BIN/pio" services --json=status,id
run pick_option "$BIN/pio" invoice 309011 --fields number,total
run id_after_json "$BIN/pio" invoice --json 309011
run pick_empty "$BIN/pio" balance --json=
SCRIPT
WORK=$WORK BIN=$BIN "$ROOT/Tests/support/with-sandbox.sh" bash "$WORK/commands.sh"
XDG_STATE_HOME="$WORK/state-offline" PIO_URL=http://127.0.0.1:9/api PIO_USER=demo@example.com PIO_PASSWORD=demo "$BIN/pio" services \
  >"$WORK/out/offline.stdout" 2>"$WORK/out/offline.stderr"; echo $? >"$WORK/out/offline.code"
o=$WORK/out
expect_code() { local got; got=$(cat "$o/$1.code"); [ "$got" = "$2" ] && ok "$1: exit $2" || fail "$1: exit $got, wanted $2 ($(cat "$o/$1.stderr"))"; }
expect_code services 0
expect_code services_json 0
expect_code invoice_json 0
expect_code balance_json 0
expect_code product_json 0
grep -q 'pio-demo\.example' "$o/services.stdout" && grep -q '^ID ' "$o/services.stdout" && ok "services table" || fail "services table: $(head -3 "$o/services.stdout")"
python3 - "$o" <<'PY' && ok "JSON fields and number types" || fail "JSON output"
import json, sys
o = sys.argv[1]
services = json.load(open(f"{o}/services_json.stdout"))
s = next(x for x in services if x["id"] == "301")
assert s["domain"] == "pio-demo.example" and s["status"] == "Active", s
assert isinstance(s["total"], (int, float)) and not isinstance(s["total"], bool), s
inv = json.load(open(f"{o}/invoice_json.stdout"))
assert inv["id"] == "309011" and abs(inv["total"] - 38.72) < 1e-9, inv
assert all(isinstance(i["amount"], (int, float)) for i in inv["items"]), inv["items"]
bal = json.load(open(f"{o}/balance_json.stdout"))
assert isinstance(bal["credit"], (int, float)) and bal["currency"], bal
prod = json.load(open(f"{o}/product_json.stdout"))
assert prod["id"] == "401" and prod["forms"], prod
PY
# Field selection (issue 22): gh's --json FIELDS, --json=FIELDS and --fields; an id after --json stays the id.
for f in pick_services pick_equals pick_option id_after_json; do expect_code $f 0; done
for f in unknown_balance unknown_services unknown_invoices unknown_invoice_309011 unknown_service_301 unknown_categories \
         unknown_products_10 unknown_product_401 pick_empty; do expect_code $f 2; done
python3 - "$o" <<'PY' && ok "--json FIELDS selects; each command's JSON has only the fields it lists" || fail "--json FIELDS"
import json, re, sys
o = sys.argv[1]
for n in ["balance", "services", "invoices", "invoice_309011", "service_301", "categories", "products_10", "product_401"]:
    err = open(f"{o}/unknown_{n}.stderr").read()
    m = re.fullmatch(r"pio: --json: unknown field “zz_nope”; the fields are: ([a-z0-9_, ]+)\n", err)
    assert m, (n, err)
    assert open(f"{o}/unknown_{n}.stdout").read() == "", n
    listed = set(m.group(1).split(", "))
    whole = json.load(open(f"{o}/all_{n}.stdout"))
    for obj in whole if isinstance(whole, list) else [whole]:
        assert set(obj) <= listed, (n, set(obj) - listed)
picked = json.load(open(f"{o}/pick_services.stdout"))
assert len(picked) > 1 and all(set(s) == {"id", "domain", "label", "status"} for s in picked), picked
assert {"id": "301", "domain": "pio-demo.example", "label": "Personal site", "status": "Active"} in picked, picked
assert all(set(s) == {"id", "status"} for s in json.load(open(f"{o}/pick_equals.stdout")))
assert json.load(open(f"{o}/pick_option.stdout")) == {"number": "2026/11/2", "total": 38.72}
assert json.load(open(f"{o}/id_after_json.stdout"))["id"] == "309011"
assert "name one or more fields" in open(f"{o}/pick_empty.stderr").read()
PY
# Writes refuse an unknown field before connecting (the offline URL would be exit 4).
for c in "credit 309010 --yes" "order 401 --yes"; do
  XDG_STATE_HOME="$WORK/state-offline" PIO_URL=http://127.0.0.1:9/api PIO_USER=demo@example.com PIO_PASSWORD=demo "$BIN/pio" $c --json=zz_nope \
    >"$o/write.stdout" 2>"$o/write.stderr"; code=$?
  [ $code = 2 ] && grep -q 'unknown field “zz_nope”; the fields are: ' "$o/write.stderr" && ok "${c%% *}: unknown field refused before connecting" \
    || fail "${c%% *} --json=zz_nope: exit $code, $(cat "$o/write.stderr")"
done
expect_code unknown_invoice 5
expect_code wrong_password 3
expect_code bad_option 2
expect_code no_user 2
expect_code plain_http 2
expect_code offline 4
for f in unknown_invoice wrong_password no_user plain_http offline; do
  [ ! -s "$o/$f.stdout" ] && [ "$(wc -l <"$o/$f.stderr")" -ge 1 ] || fail "$f: stdout not empty or no reason on stderr"
done
grep -q '^pio: ' "$o/wrong_password.stderr" && ok "one-line reason: $(cat "$o/wrong_password.stderr")" || fail "no 'pio:' reason"
grep -q 's3cr3t-Pa55word' "$o"/wrong_password.* && fail "the password appears in the output" || ok "the password appears nowhere in the output"
finish
