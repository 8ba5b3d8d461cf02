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
# The User-Agent of every request names the same version.
python3 - "$WORK/agent" <<'PY' &
import http.server, sys
class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        open(sys.argv[1], "w").write(self.headers.get("User-Agent", ""))
        self.send_response(500); self.send_header("Content-Length", "0"); self.end_headers()
    do_GET = do_POST
    def log_message(self, *args): pass
server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
open(sys.argv[1] + ".port", "w").write(str(server.server_port))
server.timeout = 20
server.handle_request()
PY
agent_server=$!
for _ in $(seq 1 100); do [ -s "$WORK/agent.port" ] && break; sleep 0.05; done
XDG_STATE_HOME="$WORK/state2" XDG_CONFIG_HOME="$WORK/config" PIO_URL="http://127.0.0.1:$(cat "$WORK/agent.port")/api" \
  PIO_USER=demo@example.com PIO_PASSWORD=demo "$BIN/pio" balance >/dev/null 2>&1
wait $agent_server
[ "$(cat "$WORK/agent" 2>/dev/null)" = "pio/$want" ] && ok "requests carry User-Agent: pio/$want" \
  || fail "User-Agent: $(cat "$WORK/agent" 2>/dev/null)"
finish
