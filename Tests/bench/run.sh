#!/usr/bin/env bash
# make bench: pio's figures through a pty against pio-sandbox (demo data, then 10,000 services, then
# 100,000 invoices, then the round trips before the first screen with a stored session at --latency 100)
# and in process (pio-bench), each printed with its budget; exits non-zero when one is over.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${PIO_BIN_DIR:-$(cd "$here/../.." && swift build --show-bin-path)}
export PIO_BIN_DIR=$bin
# Sessions and settings of the runs stay out of the user's own directories.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/pio-bench.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export XDG_STATE_HOME=$scratch/state XDG_CONFIG_HOME=$scratch/config
status=0
"$here/../support/with-sandbox.sh" python3 "$here/pty_bench.py" "$bin/pio" "pio-demo.example" demo || status=1
SANDBOX_ARGS="--dataset large --services 10000 --invoices 20000" \
  "$here/../support/with-sandbox.sh" python3 "$here/pty_bench.py" "$bin/pio" "Active" large || status=1
# 100,000 invoices: through the pty (press 2, time until the list's footer counts them, bytes per
# move in that list), then in process (decode, index, filter keystroke = reduce + render).
SANDBOX_ARGS="--dataset large --services 10000 --invoices 100000" \
  "$here/../support/with-sandbox.sh" python3 "$here/pty_bench.py" "$bin/pio" "Active" big 2 "100000 invoices" || status=1
"$bin/pio-bench" 100000 | python3 "$here/check_budgets.py" invoices-in-process \
  decode_ms=6000 prepare_ms=3000 load_ms=50 first_frame_ms=50 filter_keystroke_ms=16 sort_ms=50 move_ms=5 click_ms=5 \
  longest_ui_step_ms=50 heap_decode_peak_mb=30 heap_in_state_mb=45 || status=1
# Per keystroke in process, ordo-one/benchmark (Benchmarks/): median, p99 and mallocs, with budgets.
"$here/micro.sh" || status=1
# Side by side with reference list UIs (urwid, Textual, less) on the same 1,000 services.
venv="$here/../../.build-bench/venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import urwid, textual' 2>/dev/null; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q urwid==5.1.0 textual==8.2.8 || status=1
fi
SANDBOX_ARGS="--dataset large --services 1000" \
  "$here/../support/with-sandbox.sh" python3 "$here/peer_bench.py" "$bin/pio" "$venv/bin/python" || status=1
python3 "$here/session_bench.py" "$bin/pio" "$bin/pio-sandbox" || status=1
exit $status
