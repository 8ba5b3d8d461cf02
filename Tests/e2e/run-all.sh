#!/usr/bin/env bash
# Runs every tmux journey in Tests/e2e (files named NN-*.sh) and prints a closing count.
set -uo pipefail
cd "$(dirname "$0")"
passed=0; failed=0
for t in [0-9][0-9]-*.sh; do
  echo "== $t"
  if bash "$t"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
