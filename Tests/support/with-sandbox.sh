#!/usr/bin/env bash
# Usage: with-sandbox.sh COMMAND [ARGS...] — starts pio-sandbox on a free port, runs COMMAND signed in
# as the demo account (PIO_URL, PIO_USER, PIO_PASSWORD), and stops the sandbox when COMMAND exits.
# Extra sandbox flags come from SANDBOX_ARGS, quoted as in a shell ("--fail 'GET /service:503'").
set -uo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
bin=${PIO_BIN_DIR:-$(cd "$here" && swift build --show-bin-path)}
out=$(mktemp "${TMPDIR:-/tmp}/pio-sandbox.XXXXXX")
eval "extra=(${SANDBOX_ARGS:-})"
"$bin/pio-sandbox" --port 0 "${extra[@]}" >"$out" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null; wait $sandbox 2>/dev/null; rm -f "$out"' EXIT
url=""
for _ in $(seq 1 300); do
  line=$(head -n 1 "$out" 2>/dev/null)
  case "$line" in listening\ on\ *) url=${line#listening on }; break ;; esac
  kill -0 $sandbox 2>/dev/null || break
  sleep 0.05
done
if [ -z "$url" ]; then
  echo "pio-sandbox did not start:" >&2; cat "$out" >&2; exit 1
fi
# A profile of its own, so a session stored against this short-lived sandbox never stands in for
# the account of the default profile.
export PIO_URL=$url PIO_USER=${PIO_USER:-demo@example.com} PIO_PASSWORD=${PIO_PASSWORD:-demo} PIO_PROFILE=${PIO_PROFILE:-sandbox}
"$@"
