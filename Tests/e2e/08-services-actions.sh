#!/usr/bin/env bash
# Journey (issue 5): change a label and see it in the list, ask for an upgrade estimate, cancel a
# service and see its new state, at 80x24 and 200x50. The sandbox request log shows each POST exactly once.
source "$(dirname "$0")/lib.sh"

# journey WIDTH HEIGHT — the whole walk in a fresh sandbox at one terminal size.
journey() {
  echo "  -- at $1x$2"
  LOG="$WORK/requests-$1x$2.jsonl"
  SANDBOX_ARGS="--request-log $LOG" start main "$1" "$2" "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
  wait_for main 'pio-demo\.example' || fail "services not on screen"

  keys main / ; keys main -l 'vps01' ; keys main Enter
  wait_for main '^> +303 ' 10 || fail "filter did not select 303"
  keys main Enter
  wait_for main 'Actions: .*l label' 10 && ok "detail of 303 lists its actions" || fail "no actions in the detail"

  keys main l ; keys main C-u ; keys main -l 'e2e label' ; keys main Enter
  # The editor shows the typed text in the Label row while saving: the saved label is the one
  # shown once the editor has closed.
  wait_for main 'Label changed' 10 && wait_for main 'Actions: ' 5 && screen main | grep -Eq 'Label +e2e label' \
    && ok "label saved and shown in the detail" || fail "label not saved"

  keys main u
  wait_for main 'Operating System' 10 || fail "upgrade options not shown"
  keys main j j l
  wait_for main 'Server estimate' 10 && ok "upgrade estimate shown" || fail "no upgrade estimate"
  wait_for main '^ +Operating System: .+ → .+$' 5 && ok "the change has its own line under the options" || fail "no line for the change"
  keys main Escape
  wait_for main 'Actions: ' 10 || fail "Esc did not return to the detail"

  keys main c
  wait_for main 'Cancel service #303' 10 || fail "cancel dialog not shown"
  wait_for main '\[ No \]' 5 || fail "the cancel dialog does not open on \"No\""
  keys main Tab l                   # from the buttons to When: Immediately
  keys main y                       # y confirms from any choice
  wait_for main 'Status +(Cancelled|Terminated)' 10 && ok "service shows its new state" || fail "status did not change"

  keys main q
  wait_for main '^> +303 +e2e label' 10 && ok "label visible in the list" || fail "label not in the list"
  wait_for main '^> +303 .*(Cancelled|Terminated)' 10 && ok "new state visible in the list" || fail "state not in the list"
  keys main q q
  code=$(wait_exit main 10)
  [ "$code" = "0" ] && ok "q q exits with 0" || fail "exit code $code"

  for route in /service/303/label /service/303/cancel /service/303/upgrade; do
    n=$(posts_logged "$LOG" "$route")
    [ "$n" = "1" ] && ok "POST $route sent once" || { fail "POST $route sent $n times"; sed 's/^/  log| /' "$LOG"; }
  done
  # No reason was typed: the reason goes out empty, never with words pio made up.
  python3 - "$LOG" <<'PY' && ok "the cancel was sent with the empty reason" || fail "cancel reason not empty"
import json, sys
bodies = []
for line in open(sys.argv[1]):
    try:
        r = json.loads(line)
    except ValueError:
        continue
    if r.get("method") == "POST" and r.get("path", "").rstrip("/").endswith("/service/303/cancel"):
        bodies.append(json.loads(r.get("body") or "{}"))
assert len(bodies) == 1 and bodies[0].get("reason") == "", bodies
PY
  "${TMUX_CMD[@]}" kill-session -t main
}

journey 80 24
journey 200 50
finish
