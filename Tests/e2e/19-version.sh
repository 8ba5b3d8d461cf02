#!/usr/bin/env bash
# Journey: the version from Sources/pio/Version.swift in `pio --version`, `pio version`, `pio --help`
# and the first line of `PIO_LOG=debug`, so a bug report carries it.
source "$(dirname "$0")/lib.sh"
want=$(sed -n 's/^ *static let number = "\(.*\)"$/\1/p' "$ROOT/Sources/pio/Version.swift")
[ -n "$want" ] || fail "no version number in Sources/pio/Version.swift"
got=$("$BIN/pio" --version 2>&1); code=$?
[ "$code" = 0 ] && [ "$got" = "$want" ] && ok "pio --version prints $want" || fail "pio --version: exit $code, printed: $got"
got=$("$BIN/pio" version 2>&1); code=$?
[ "$code" = 0 ] && [ "$got" = "$want" ] && ok "pio version prints $want" || fail "pio version: exit $code, printed: $got"
"$BIN/pio" --help 2>&1 | grep -q "(pio $want)" && ok "pio --help names pio $want" || fail "pio --help does not name pio $want"
"$BIN/pio" --help 2>&1 | grep -Eq '^ +version +' && ok "pio --help lists the version command" || fail "no version command in pio --help"
start_sandbox || finish
log=$(XDG_STATE_HOME="$WORK/state" XDG_CONFIG_HOME="$WORK/config" PIO_URL=$SANDBOX_URL PIO_USER=demo@example.com \
  PIO_PASSWORD=demo PIO_LOG=debug "$BIN/pio" balance 2>&1 >/dev/null)
first=$(head -n 1 <<<"$log")
[[ "$first" == "pio[debug] pio $want (linux $(uname -m))" ]] && ok "PIO_LOG=debug starts with: $first" \
  || fail "PIO_LOG=debug's first line: $first"
finish
