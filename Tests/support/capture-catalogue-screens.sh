#!/usr/bin/env bash
# Regenerates the catalogue's text screenshots in Assets/screens/ from a real run against pio-sandbox:
# the configurator of the every-type product (Custom VPS) at 80x24 and 200x50, and its review.
source "$(dirname "$0")/../e2e/lib.sh"
dest="$ROOT/Assets/screens"; mkdir -p "$dest"
export PIO_PROFILE=default   # as a customer with one account sees it, in the journey's own folders (lib.sh)
shot() { screen main >"$dest/$1.txt"; echo "wrote Assets/screens/$1.txt"; }
start main 80 24 "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
wait_for main 'pio-demo\.example' >/dev/null
keys main 3; wait_for main 'Cloud Servers' >/dev/null
keys main j Enter; wait_for main 'Custom VPS' >/dev/null
keys main j Enter; wait_for main '> Billing cycle' >/dev/null
keys main Down; keys main -l 'vps.example.com'
keys main Down Right Right Down Down + + Down Down Right + Down Space Right Space
wait_for main '\[x\] Monitoring agent' >/dev/null; shot configurator-80x24
"${TMUX_CMD[@]}" resize-window -t main -x 200 -y 50
wait_for main '┌─ Price' >/dev/null; sleep 0.3; shot configurator-200x50
"${TMUX_CMD[@]}" resize-window -t main -x 80 -y 24
keys main Down; keys main -l 'Sup3r-secret-pw'; keys main Down Down Space
keys main o; wait_for main 'Review your order' >/dev/null; shot review-80x24
keys main Escape Escape; keys main q q
