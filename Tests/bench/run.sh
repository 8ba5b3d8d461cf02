#!/usr/bin/env bash
# make bench: pio's figures through a pty against pio-sandbox (demo data, then 10,000 services),
# each printed with its budget; exits non-zero when one is over.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${PIO_BIN_DIR:-$(cd "$here/../.." && swift build --show-bin-path)}
export PIO_BIN_DIR=$bin
status=0
"$here/../support/with-sandbox.sh" python3 "$here/pty_bench.py" "$bin/pio" "pio-demo.example" demo || status=1
SANDBOX_ARGS="--dataset large --services 10000 --invoices 20000" \
  "$here/../support/with-sandbox.sh" python3 "$here/pty_bench.py" "$bin/pio" "Active" large || status=1
exit $status
