#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/Targets into .build/fuzz/, apart from the SwiftPM build:
# PortalAPI's model, JSON and text sources (Foundation only) are compiled with the fuzz target into
# one instrumented binary each (-sanitize=fuzzer,address), so `swift build` never sees the flag.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${FUZZ_OUT:-$ROOT/.build/fuzz}
mkdir -p "$OUT/include"
cat >"$OUT/include/module.modulemap" <<MAP
module CTextWidth { header "$ROOT/Sources/CTextWidth/include/CTextWidth.h" export * }
MAP
clang -c -O1 -g -fsanitize=fuzzer-no-link,address -I "$ROOT/Sources/CTextWidth/include" \
  "$ROOT/Sources/CTextWidth/CTextWidth.c" -o "$OUT/CTextWidth.o"
sources=("$ROOT"/Sources/PortalAPI/Core/*.swift "$ROOT"/Sources/PortalAPI/Models/*.swift
         "$ROOT"/Sources/PortalAPI/TextWidth.swift "$ROOT"/Sources/PortalAPI/TextWrap.swift
         "$ROOT"/Fuzz/Support/*.swift)
for target in "$ROOT"/Fuzz/Targets/*.swift; do
  name=$(basename "$target" .swift); name=${name#Fuzz}
  [ -n "${1:-}" ] && [ "$1" != "$name" ] && continue
  echo "building fuzz-$name"
  # Run from the output folder: swiftc leaves its module files in the working directory.
  (cd "$OUT" && swiftc -use-ld=lld -sanitize=fuzzer,address -parse-as-library -module-name PortalAPI -O -g -wmo \
    -I "$OUT/include" "${sources[@]}" "$target" "$OUT/CTextWidth.o" -o "$OUT/fuzz-$name")
done
