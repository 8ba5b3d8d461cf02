#!/usr/bin/env bash
# In-process micro benchmarks of one keystroke (reduce + render of the 80×24 frame) with
# ordo-one/benchmark, from the package in Benchmarks/ (release build): prints wall clock and mallocs
# per keystroke (p50 is the median) for each benchmark, then exits non-zero when one is over the
# budgets declared as its thresholds in Benchmarks/Benchmarks/PortalKeystrokes/PortalKeystrokes.swift.
set -uo pipefail
pkg=$(cd "$(dirname "$0")/../../Benchmarks" && pwd)
bench() { swift package --package-path "$pkg" --allow-writing-to-package-directory benchmark "$@"; }
# The benchmark package only checks thresholds as tolerances between two stored baselines, so the first
# baseline is a reference run whose keystrokes do nothing: within tolerance of it means under budget.
stored=$pkg/.benchmarkBaselines/PortalKeystrokes
trap 'rm -rf "$stored/micro-reference" "$stored/micro-run"; rmdir -p "$stored" 2>/dev/null' EXIT
PIO_MICRO_REFERENCE=1 bench baseline update micro-reference --no-progress --quiet || exit 1
bench baseline update micro-run --no-progress --quiet || exit 1
bench baseline read micro-run --grouping metric --no-progress || exit 1
echo "micro  p99 budgets: moves and section switch 5 ms, filter keystrokes 16 ms (targets, the budgets before:"
echo "       moves and section switch 1.5 ms, filter keystrokes 9 ms at 100,000 invoices, 12 ms at 10,000 services)"
bench baseline check micro-reference micro-run --no-progress
