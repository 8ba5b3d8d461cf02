#!/usr/bin/env bash
# make bench: pio's figures through a pty against pio-sandbox, each printed with its budget.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${PIO_BIN_DIR:-$(cd "$here/../.." && swift build --show-bin-path)}
export PIO_BIN_DIR=$bin
"$here/../support/with-sandbox.sh" python3 "$here/pty_bench.py" "$bin/pio"
