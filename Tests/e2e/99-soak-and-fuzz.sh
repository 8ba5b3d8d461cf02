#!/usr/bin/env bash
# The short soak and fuzz of `make test` (run last by run-all.sh): SOAK_SECONDS (default 60) of
# Tests/soak/soak.py against this build, then FUZZ_SECONDS (default 10) of each libFuzzer target
# (Fuzz/run.sh, which builds them first). `make soak` and `make fuzz` run the long ones.
# SKIP_SOAK_FUZZ=1 leaves them out (a quick e2e run while developing).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${PIO_BIN_DIR:-$(cd "$ROOT" && swift build --show-bin-path)}
if [ -n "${SKIP_SOAK_FUZZ:-}" ]; then echo "  skip: SKIP_SOAK_FUZZ is set"; exit 0; fi
status=0
began=$(date +%s)
SOAK_SECONDS=${SOAK_SECONDS:-60} python3 "$ROOT/Tests/soak/soak.py" "$BIN" || status=1
soaked=$(date +%s)
FUZZ_SECONDS=${FUZZ_SECONDS:-10} "$ROOT/Fuzz/run.sh" || status=1
echo "  soak $((soaked - began)) s, fuzz (build and runs) $(($(date +%s) - soaked)) s"
[ "$status" = 0 ] && echo "$(basename "$0"): passed" || echo "$(basename "$0"): FAILED"
exit $status
