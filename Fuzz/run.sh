#!/usr/bin/env bash
# make fuzz: builds the fuzz targets, seeds them from the fixtures, runs each for FUZZ_SECONDS
# (default 60). A crash or a broken invariant fails the run and leaves the input in
# .build/fuzz/crashes/ (reproduce: .build/fuzz/fuzz-NAME FILE; then add it as a regression test).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/.build/fuzz
SECONDS_EACH=${FUZZ_SECONDS:-60}
"$ROOT/Fuzz/build.sh" || exit 1
rm -rf "$OUT/seeds"; python3 "$ROOT/Fuzz/seeds.py" "$ROOT" "$OUT/seeds" || exit 1
mkdir -p "$OUT/crashes"
status=0
run() {
  local name=$1 seeds=$2; shift 2
  mkdir -p "$OUT/corpus/$name"
  echo "== fuzz-$name: ${SECONDS_EACH}s, seeds $(ls "$OUT/seeds/$seeds" | wc -l) from $seeds/"
  if "$OUT/fuzz-$name" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -print_final_stats=1 -artifact_prefix="$OUT/crashes/$name-" "$@" \
       "$OUT/corpus/$name" "$OUT/seeds/$seeds" >"$OUT/$name.log" 2>&1; then
    grep -E '^(stat::number_of_executed_units|stat::new_units_added|Done)' "$OUT/$name.log" | sed 's/^/   /'
  else
    echo "   FAILED — see $OUT/$name.log"; grep -E 'Fatal error|ERROR|Test unit written' "$OUT/$name.log" | head -5 | sed 's/^/   /'
    status=1
  fi
}
run JSONModels json -dict="$ROOT/Fuzz/json.dict"
run HTMLText text -dict="$ROOT/Fuzz/html.dict"
run SafeText text
exit $status
