#!/usr/bin/env bash
# Regenerates the text screenshots in Assets/screens/ from a real run against pio-sandbox.
source "$(dirname "$0")/../e2e/lib.sh"
dest="$ROOT/Assets/screens"; mkdir -p "$dest"
# As a customer with one account sees it: the default profile, in the journey's own folders (lib.sh).
export PIO_PROFILE=default
shot() { screen main >"$dest/$1.txt"; echo "wrote Assets/screens/$1.txt"; }
start main 80 24 "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
wait_for main 'pio-demo\.example' >/dev/null; shot services-80x24
keys main / ; keys main -l vps01 ; keys main Enter ; keys main Enter
wait_for main 'Actions: ' >/dev/null; shot service-detail-80x24
keys main u; wait_for main 'Operating System' >/dev/null
keys main l; wait_for main 'Server estimate' >/dev/null; shot upgrade-80x24
keys main Escape; wait_for main 'Actions: ' >/dev/null
keys main c; wait_for main 'Cancel service' >/dev/null; shot cancel-dialog-80x24
keys main Escape; keys main q; keys main Escape
"${TMUX_CMD[@]}" resize-window -t main -x 200 -y 50
wait_for main 'Domain' >/dev/null; sleep 0.3; shot services-200x50
keys main q
# Billing: the invoices list, an unpaid invoice's detail and the apply-credit dialog (nothing is sent).
start bill 80 24 "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
wait_for bill 'pio-demo\.example' >/dev/null
keys bill 2; wait_for bill 'unpaid: ' >/dev/null; shot_of() { screen bill >"$dest/$1.txt"; echo "wrote Assets/screens/$1.txt"; }
shot_of invoices-80x24
keys bill / ; keys bill -l '2026/11/2' ; keys bill Enter ; keys bill Enter
wait_for bill 'Amount due' >/dev/null; shot_of invoice-detail-80x24
keys bill a; wait_for bill 'Apply credit to invoice' >/dev/null; shot_of credit-dialog-80x24
keys bill n; keys bill q; keys bill q
