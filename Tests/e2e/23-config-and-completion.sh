#!/usr/bin/env bash
# Issue 22, in scripts: `pio config` fits the terminal (and cuts nothing in a pipe) and has --json;
# `pio config set/get` edit the file in place (comments, order and mode kept; bad values, passwords
# and uneditable files refused, the file untouched); shell completion of profiles and of the
# service and invoice ids `pio services`/`pio invoices` listed, read from a 0600 file, never the network.
source "$(dirname "$0")/lib.sh"
o=$WORK/out; mkdir -p "$o" "$WORK/config/pio"
export XDG_STATE_HOME=$WORK/state XDG_CONFIG_HOME=$WORK/config
unset PIO_URL PIO_USER PIO_PASSWORD PIO_PROFILE PIO_TIMEOUT
conf=$WORK/config/pio/config.yaml
long="https://portal.example.com/api/$(printf 'a%.0s' $(seq 1 150))"
cat >"$conf" <<EOF
# my pio settings
profile: work   # the account I use most

profiles:
  work:
    url:   $long   # the employer's portal
    timeout: 20
  home: ~
EOF
chmod 644 "$conf"
cp "$conf" "$o/original.yaml"

# pio config: cut to 80 columns on a terminal, whole in a pipe.
start narrow 80 30 "$BIN/pio config"
[ "$(wait_exit narrow)" = 0 ] && ok "pio config on a terminal: exit 0" || fail "pio config on a terminal"
wait_for narrow '^log ' 5 >/dev/null
"$BIN/pio" config >"$o/piped.txt" 2>&1
# A line wider than the pane would wrap onto a second screen line.
if [ "$(screen narrow | grep -c .)" = "$(wc -l <"$o/piped.txt")" ] && screen narrow | grep -q '^url .*…'; then
  ok "pio config fits 80 columns (the long URL cut with …)"
else
  fail "pio config at 80 columns: $(screen narrow)"
fi
grep -qF "$long" "$o/piped.txt" && ! grep -q '…' "$o/piped.txt" && ok "pio config in a pipe: nothing cut" || fail "piped: $(cat "$o/piped.txt")"
"$BIN/pio" config --json >"$o/config.json" 2>&1
"$BIN/pio" config --json timeout,url >"$o/config-fields.json" 2>&1
python3 - "$o" "$conf" "$long" <<'PY' && ok "pio config --json: values, their sources, --json FIELDS" || fail "pio config --json: $(cat "$o/config.json")"
import json, sys
o, conf, long = sys.argv[1:]
c = json.load(open(f"{o}/config.json"))
assert c["timeout"] == {"value": 20, "from": f"{conf}:7"}, c["timeout"]
assert c["url"] == {"value": long, "from": f"{conf}:6"} and c["profile"]["value"] == "work", c
assert c["user"] == {"value": None, "from": None} and c["keys"] == {}, c
assert set(json.load(open(f"{o}/config-fields.json"))) == {"timeout", "url"}
PY

# set: one line changes; a missing key is added under its profile; the mode stays 0644.
"$BIN/pio" config set timeout 45 >"$o/set1.out" 2>&1; c1=$?
"$BIN/pio" config set profiles.home.user me@home.example >"$o/set2.out" 2>&1; c2=$?
"$BIN/pio" config set theme mono >"$o/set3.out" 2>&1; c3=$?
[ "$c1$c2$c3" = 000 ] && ok "config set: exit 0 three times" || fail "config set: $c1 $c2 $c3 $(cat "$o"/set*.out)"
grep -q "^profiles.work.timeout set in $conf$" "$o/set1.out" && ok "config set says what it wrote: $(cat "$o/set1.out")" || fail "set1: $(cat "$o/set1.out")"
# `home: ~` becomes `home:` with the new key under it; theme is added at the end.
python3 - "$o/original.yaml" "$conf" <<'PY' && ok "comments, order and spacing kept; only the set lines differ" || fail "edited file: $(cat "$conf")"
import sys
old, new = (open(p).read().splitlines() for p in sys.argv[1:])
want = old[:6] + ["    timeout: 45", "  home:", "    user: me@home.example", "theme: mono"]
assert new == want, new
PY
[ "$(stat -c %a "$conf")" = 644 ] && ok "the file keeps mode 644" || fail "mode now $(stat -c %a "$conf")"
[ "$(ls -A "$WORK/config/pio")" = "config.yaml" ] && ok "no temporary file left" || fail "left: $(ls -A "$WORK/config/pio")"
[ "$("$BIN/pio" config get timeout)" = 45 ] && [ "$("$BIN/pio" config get profiles.home.user)" = me@home.example ] \
  && [ "$(PIO_TIMEOUT=7 "$BIN/pio" config get timeout)" = 7 ] && ok "config get: the value pio uses (the environment counts)" \
  || fail "config get: $("$BIN/pio" config get timeout 2>&1)"

# Refused, the file untouched: a bad value, a password, an unknown key, a file pio cannot edit in place.
sum=$(sha256sum <"$conf")
refused() {  # NAME PATTERN ARGS…
  local name=$1 pattern=$2; shift 2
  "$BIN/pio" config set "$@" >"$o/$name.out" 2>"$o/$name.err"; local code=$?
  if [ $code = 2 ] && grep -q -- "$pattern" "$o/$name.err" && [ "$(sha256sum <"$conf")" = "$sum" ]; then ok "$name refused: $(cat "$o/$name.err")"
  else fail "$name: exit $code, $(cat "$o/$name.err"), file changed: $([ "$(sha256sum <"$conf")" = "$sum" ] && echo no || echo yes)"; fi
}
refused bad_timeout "config.yaml:7: profiles.work.timeout: “0” must be a whole number of seconds between 1 and 3600 (the file was not changed)$" timeout 0
refused bad_theme "theme: “blue” must be color or mono" theme blue
refused password "passwords are never kept in the config file" password hunter2
refused unknown_key "“colour” is not a setting of pio config" colour red
refused plain_http "profiles.work.url: The server URL must use https (plain http is allowed only to this machine: localhost, 127.0.0.1 or ::1)." url http://portal.example.com/api
refused missing_ca "profiles.work.ca_file: /nonexistent.pem" ca_file /nonexistent.pem
grep -q hunter2 "$o"/password.* && fail "the password was echoed" || ok "the refused password appears nowhere"
cp "$conf" "$o/before-flow.yaml"; printf 'profiles: {work: {url: https://a.example/api}}\n' >"$conf"; sum=$(sha256sum <"$conf")
refused flow_style "flow style" url https://b.example/api
cp "$o/before-flow.yaml" "$conf"

# Completion: bash's own function, from pio's generated script.
start_sandbox || finish
export PIO_URL=$SANDBOX_URL PIO_USER=demo@example.com PIO_PASSWORD=demo PIO_PROFILE=lab
"$BIN/pio" services >/dev/null 2>&1 && "$BIN/pio" invoices >/dev/null 2>&1 || fail "listing failed"
cache=$WORK/state/pio/lab/completions
[ "$(stat -c %a "$cache" 2>/dev/null)" = 600 ] && ok "ids kept in a 0600 file beside the session" || fail "cache: $(ls -l "$cache" 2>&1)"
kill "$SANDBOX_PID"; wait "$SANDBOX_PID" 2>/dev/null; SANDBOX_PID=""
"$BIN/pio" --generate-completion-script bash >"$o/pio.bash"
complete_words() {  # WORDS… — what bash would offer for the last (possibly empty) word
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
           _pio "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"; printf "%s\n" "${COMPREPLY[@]}"' _ "$o/pio.bash" "$@"
}
t0=$(date +%s%N)
services=$(complete_words "$BIN/pio" service "" | sort | tr '\n' ' ')
elapsed=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$services" = "301 302 303 304 305 306 307 308 309 " ] && ok "pio service <Tab>: $services(${elapsed} ms, the server stopped)" \
  || fail "service ids: '$services'"
invoices=$(complete_words "$BIN/pio" credit 3090 | sort | tr '\n' ' ')
[ "$invoices" = "309010 309011 309012 309020 " ] && ok "pio credit 3090<Tab>: $invoices" || fail "invoice ids: '$invoices'"
profiles=$(complete_words "$BIN/pio" services --profile "" | sort | tr '\n' ' ')
[ "$profiles" = "default home lab work " ] && ok "--profile <Tab>: $profiles" || fail "profiles: '$profiles'"
other=$(complete_words "$BIN/pio" service --profile work "" | tr -d '\n')
[ -z "$other" ] && ok "another profile (no session) completes no ids" || fail "ids for profile work: $other"
"$BIN/pio" logout >"$o/logout.out" 2>&1   # the server is gone: not revoked, still deleted here
[ ! -e "$cache" ] && [ ! -e "$WORK/state/pio/lab/session" ] && ok "pio logout deletes the ids with the session" \
  || fail "after logout: $(ls "$WORK/state/pio/lab") $(cat "$o/logout.out")"
[ -z "$(complete_words "$BIN/pio" service "" | tr -d '\n')" ] && ok "no stored session: no ids" || fail "ids without a session"
"$BIN/pio" --help | tr -s ' \n' ' ' | grep -q 'pio --generate-completion-script bash|zsh|fish' && ok "pio --help names the completion scripts" \
  || fail "pio --help: no completion line"
finish
