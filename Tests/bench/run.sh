#!/usr/bin/env bash
# make bench: pio's figures through a pty against pio-sandbox (demo data, then 10,000 services, then
# 100,000 invoices) and in process (pio-bench), each printed with its budget; exits non-zero when one is over.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${PIO_BIN_DIR:-$(cd "$here/../.." && swift build --show-bin-path)}
export PIO_BIN_DIR=$bin
status=0
"$here/../support/with-sandbox.sh" python3 "$here/pty_bench.py" "$bin/pio" "pio-demo.example" demo || status=1
SANDBOX_ARGS="--dataset large --services 10000 --invoices 20000" \
  "$here/../support/with-sandbox.sh" python3 "$here/pty_bench.py" "$bin/pio" "Active" large || status=1
# 100,000 invoices: through the pty (press 2, time until the list's footer counts them, bytes per
# move in that list), then in process (decode, index, filter keystroke = reduce + render).
SANDBOX_ARGS="--dataset large --invoices 100000" \
  "$here/../support/with-sandbox.sh" python3 "$here/pty_bench.py" "$bin/pio" "Active" invoices 2 "100000 invoices" || status=1
"$bin/pio-bench" 100000 | python3 "$here/check_budgets.py" invoices-in-process \
  decode_ms=8000 load_ms=4000 first_frame_ms=50 filter_keystroke_ms=100 sort_ms=2000 move_ms=20 || status=1
exit $status
