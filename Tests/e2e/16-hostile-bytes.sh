#!/usr/bin/env bash
# Journey: with the hostile dataset, walk every pane reachable from the keyboard while
# Tests/hostile/ptyrecord.py records every byte pio writes; Tests/hostile/escape_audit.py then proves
# that only ncurses' own sequences reached the terminal (no OSC, DCS, APC, PM, title or clipboard
# sequence, no blink/hidden SGR, no C0/C1 control, no raw bidi). The script commands' table and
# --json output must hold no escape or control byte at all.
source "$(dirname "$0")/lib.sh"
AUDIT="$ROOT/Tests/hostile/escape_audit.py"
TUI="$WORK/tui.bytes"

# The audit must be able to fail: the raw hostile strings themselves are refused.
printf 'a\033]0;pwned title\007b\033[5mBlink\033[0m\302\2341mC1 \342\200\256evil' >"$WORK/raw.bytes"
python3 "$AUDIT" "$WORK/raw.bytes" >"$WORK/raw.audit" && fail "the audit accepted raw hostile bytes" \
  || { grep -q 'OSC sequence' "$WORK/raw.audit" && grep -q "CSI '5' 'm'" "$WORK/raw.audit" && grep -q 'C1 control' "$WORK/raw.audit" \
       && grep -q 'raw invisible/bidi U+202E' "$WORK/raw.audit" && ok "the audit refuses raw OSC, blink, C1 and bidi" || fail "audit: $(cat "$WORK/raw.audit")"; }

printf '  ID  Name   Status\n> 301 日本語語 Active\n' | python3 "$ROOT/Tests/hostile/columns.py" Status '^> ' >/dev/null \
  && fail "the column check accepted a row shifted by wide text" || ok "the column check refuses a row shifted by wide text"

SANDBOX_ARGS="--dataset hostile" start tui 120 30 \
  "python3 '$ROOT/Tests/hostile/ptyrecord.py' '$TUI' -- '$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
see() { wait_for tui "$1" "${2:-10}" && ok "$3" || fail "$3: /$1/ not on screen"; }
# The hostile labels come first in the list's rows (issue 20): wait for service 301's row.
see '^[> ] +301 ' 60 "services list"
screen tui | grep -qF '[U+202E]elpmaxe' && screen tui | grep -qF '^[]52;c;' && screen tui | grep -qF '^?del^H' \
  && ok "bidi marked, ESC, DEL and BS shown as ^[ ^? ^H" || fail "placeholders missing in the list"
screen tui | python3 "$ROOT/Tests/hostile/columns.py" Status '^[> ] +3[0-9][0-9] ' >"$WORK/columns" \
  && ok "wide and combining text keeps the Status column aligned ($(head -1 "$WORK/columns"))" || { fail "columns shifted"; cat "$WORK/columns"; }
screen tui | python3 "$ROOT/Tests/hostile/columns.py" Cycle '^[> ] +3[0-9][0-9] ' >/dev/null \
  && ok "and the Cycle column" || fail "Cycle column shifted"
keys tui / ; keys tui -l 303 ; keys tui Enter Enter
see 'Actions: .*u upgrade' 10 "service detail"
keys tui p;      see 'Password +\^\[\[8mhidden\^\[\[0m' 10 "password shown with its escapes visible"
keys tui u;      see 'Upgrade service #303' 10 "upgrade pane"
keys tui Escape; see 'Actions: ' 10 "back to the detail"
keys tui c;      see 'Cancel service #303' 10 "cancel dialog"
keys tui Escape; wait_gone tui 'Cancel service #303' 5 || fail "cancel dialog did not close"
keys tui l;      see 'Editing label' 10 "label editor"
keys tui Escape; wait_gone tui 'Editing label' 5 || fail "label editor did not close"
keys tui q q 2;  see '\^\[\[31m2026/11/1' 10 "invoices list with the number's escape visible"
keys tui j Enter; see 'Invoice 2026/11/2' 10 "invoice detail"
see 'Bill to +\^\[\[5mBlink\^\[\[0m \[U\+202E\]reveR' 10 "hostile client name visible in the bill-to block"
keys tui a;      see 'Amount to apply' 10 "credit dialog"
keys tui Escape; wait_gone tui 'Amount to apply' 5 || fail "credit dialog did not close"
keys tui q 3;    see 'Category +Description' 10 "catalogue categories"
screen tui | python3 "$ROOT/Tests/hostile/columns.py" Description '^[> ] +\S' >"$WORK/columns" \
  && ok "category descriptions aligned after wide names ($(head -1 "$WORK/columns"))" || { fail "category columns shifted"; cat "$WORK/columns"; }
keys tui j Enter; see 'combining e' 10 "products of a category"
keys tui j Enter; see 'Configure combining' 10 "configurator"
keys tui o;      see 'Fix the 3 marked fields' 10 "validation error message"
keys tui -l x.example; keys tui Down Right Down Down Down Down Down Down; keys tui -l abc; keys tui Down o
see 'Review your order' 10 "review"
keys tui Enter;  see 'Go ahead\?' 10 "order confirm dialog"
keys tui Escape Escape q q q q q
code=$(wait_exit tui 15)
[ "$code" = "0" ] && ok "quits with 0" || fail "exit code $code"
terminal_restored tui
python3 "$AUDIT" "$TUI" >"$WORK/tui.audit" && ok "TUI bytes: $(cut -c1-200 "$WORK/tui.audit" | sed "s#$WORK/##")" \
  || { fail "escape audit of the TUI output"; sed 's/^/  | /' "$WORK/tui.audit"; }

start_sandbox --dataset hostile || finish
export PIO_URL=$SANDBOX_URL PIO_USER=demo@example.com PIO_PASSWORD=demo
o="$WORK/out"; mkdir -p "$o"
for cmd in "services" "services --json" "invoices" "invoices --json" "invoice 309011" "invoice 309011 --json" \
           "products 12" "product 402" "product 402 --json"; do
  name=$(echo "$cmd" | tr ' ' '_')
  # shellcheck disable=SC2086
  "$BIN/pio" $cmd >"$o/$name" 2>"$o/$name.err" </dev/null; code=$?
  [ "$code" = "0" ] || { fail "pio $cmd: exit $code ($(head -c 300 "$o/$name.err"))"; continue; }
  if python3 "$AUDIT" --plain "$o/$name" "$o/$name.err" >"$o/$name.audit"; then ok "pio $cmd: no escape or control byte"
  else fail "pio $cmd"; sed 's/^/  | /' "$o/$name.audit"; fi
  case "$cmd" in *--json) python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$o/$name" && ok "pio $cmd: valid JSON" || fail "pio $cmd: not JSON";; esac
done
grep -qF '^[]0;pwned title^G' "$o/services" && ok "services table shows the escapes as ^[ ^G" || fail "services table: $(head -5 "$o/services")"
finish
