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
# Side by side with reference list UIs (urwid, Textual, less) on the same 1,000 services.
venv="$here/../../.build-bench/venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import urwid, textual' 2>/dev/null; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q urwid==5.1.0 textual==8.2.8 || status=1
fi
SANDBOX_ARGS="--dataset large --services 1000" \
  "$here/../support/with-sandbox.sh" python3 "$here/peer_bench.py" "$bin/pio" "$venv/bin/python" || status=1
exit $status
