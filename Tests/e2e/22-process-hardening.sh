#!/usr/bin/env bash
# Journey (issue 23, points 6 and 7): pio is not dumpable, so another process of the same user
# cannot read its memory (its /proc/PID entries belong to root) and no core file is written; and
# its folders are refused when others may write to them, its log when it is a link.
source "$(dirname "$0")/lib.sh"

# 1. Run as another user (root could read any process anyway): the UI and the password prompt.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  OTHER=65534
  HOMEDIR=$WORK/other; mkdir -p "$HOMEDIR"; chown "$OTHER:$OTHER" "$HOMEDIR"; chmod 711 "$WORK"
  AS_OTHER="setpriv --reuid=$OTHER --regid=$OTHER --clear-groups env -u PIO_USER -u PIO_PASSWORD HOME=$HOMEDIR XDG_STATE_HOME=$HOMEDIR/state XDG_CONFIG_HOME=$HOMEDIR/config PIO_URL=http://127.0.0.1:9/api"
  other_pid() { local p; for p in $(pgrep -x -u "$OTHER" pio); do
      tr '\0' '\n' 2>/dev/null < "/proc/$p/environ" | grep -qx "HOME=$HOMEDIR" && { echo "$p"; return 0; }; done; return 1; }
  owners() { stat -c %u "/proc/$1/environ" "/proc/$1/mem" "/proc/$1/maps" "/proc/$1/status" | sort -u | tr '\n' ' '; }
  # check NAME EXPECTED-OWNER SCREEN-REGEX ENV -- ARGS
  check() {
    local name=$1 want=$2 pattern=$3 extra=$4 pid; shift 4
    start "$name" 80 24 "ulimit -c unlimited; $AS_OTHER $extra '$BIN/pio' $*"
    if wait_for "$name" "$pattern" 20 && pid=$(other_pid); then
      [ "$(owners "$pid")" = "$want " ] && ok "$name: /proc/$pid entries owned by uid $want" || fail "$name: /proc/$pid owners $(owners "$pid"), wanted $want"
      core=$(awk '/^Max core file size/ {print $5}' "/proc/$pid/limits")
      if [ "$want" = 0 ]; then
        [ "$core" = 0 ] && ok "$name: core size limit 0 (started with unlimited)" || fail "$name: core size limit $core"
      fi
      kill -TERM "$pid"
    else
      fail "$name: pio did not come up as uid $OTHER"
    fi
    "${TMUX_CMD[@]}" kill-session -t "$name"
  }
  check ui 0 'Sign in to your client area' ""
  check prompt 0 'Password for x@example\.com' "" login --user x@example.com
  # The control: with the developers' PIO_BACKTRACE=1 the same run is dumpable (the check can fail).
  check developer "$OTHER" 'Sign in to your client area' "PIO_BACKTRACE=1"
else
  echo "  skip: the not-dumpable check runs pio as another user, which needs root and setpriv"
fi

# 2. Folders: a config or state folder others may write to, a log that is a link.
refused() {   # NAME WANT-TEXT COMMAND...
  local name=$1 want=$2; shift 2
  "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" </dev/null; local code=$?
  [ "$code" = 2 ] && grep -qF -- "$want" "$WORK/$name.err" && ok "$name: exit 2, $(cat "$WORK/$name.err")" \
    || fail "$name: exit $code, wanted 2 and '$want': $(cat "$WORK/$name.err")"
}
export XDG_STATE_HOME=$WORK/state XDG_CONFIG_HOME=$WORK/config PIO_URL=http://127.0.0.1:9/api
mkdir -p "$WORK/config/pio" "$WORK/state/pio"; chmod 700 "$WORK/config/pio" "$WORK/state/pio"
"$BIN/pio" config >/dev/null 2>&1 && ok "private folders: pio config works" || fail "pio config fails with private folders"
chmod 777 "$WORK/config/pio"
refused config-0777 "chmod 700 $WORK/config/pio" "$BIN/pio" config
chmod 700 "$WORK/config/pio"; chmod 777 "$WORK/state/pio"
refused state-0777 "chmod 700 $WORK/state/pio" "$BIN/pio" balance
chmod 700 "$WORK/state/pio"
ln -s "$WORK/elsewhere.log" "$WORK/state/pio/pio.log"
start linked-log 250 24 "env -u PIO_USER -u PIO_PASSWORD '$BIN/pio'"
code=$(wait_exit linked-log 10)
[ "$code" = 2 ] && screen linked-log | grep -qF "rm $WORK/state/pio/pio.log" && ok "linked log: exit 2, naming the rm" \
  || { fail "linked log: exit $code"; screen linked-log | sed 's/^/  | /'; }
[ -e "$WORK/elsewhere.log" ] && fail "linked log: written through the link" || ok "linked log: nothing written through the link"
terminal_restored linked-log
finish
