#!/usr/bin/env bash
# Regenerates the text screenshots in Assets/screens/ from a real run against pio-sandbox.
source "$(dirname "$0")/../e2e/lib.sh"
dest="$ROOT/Assets/screens"; mkdir -p "$dest"
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
