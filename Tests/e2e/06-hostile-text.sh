#!/usr/bin/env bash
# Journey: server strings full of escape sequences (title, OSC 52 clipboard, CSI, C1, bidi) reach the
# screen only as visible placeholders: the pane title and the clipboard stay untouched.
source "$(dirname "$0")/lib.sh"
"${TMUX_CMD[@]}" start-server \; set -g set-clipboard on \; set -g allow-rename on
SANDBOX_ARGS="--dataset hostile" start hostile 120 30 "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
# Every service carries a hostile label (10 KB ones included), shown before its domain: the list
# has loaded when service 301's row is there.
wait_for hostile '^[> ] +301 ' || fail "hostile list did not load"
screen hostile | grep -q 'U+202E' && screen hostile | grep -q 'U+200B' && ok "bidi and zero-width marked in the list" || fail "bidi/zero-width not marked"
title=$("${TMUX_CMD[@]}" display -p -t hostile '#{pane_title}')
keys hostile Enter
wait_for hostile 'Service #' 10 || fail "detail did not open"
keys hostile q
for _ in 1 2 3 4 5 6 7 8 9; do keys hostile j; done
keys hostile Enter
wait_for hostile 'Service #' 10 || fail "detail of the last service did not open"
screen hostile | grep -q '\^\[' && ok "escape characters shown as ^[" || fail "no visible ^[ placeholder"
[ "$("${TMUX_CMD[@]}" display -p -t hostile '#{pane_title}')" = "$title" ] && ok "pane title unchanged" || fail "the pane title was changed by server text"
[ -z "$("${TMUX_CMD[@]}" list-buffers 2>/dev/null)" ] && ok "clipboard untouched" || fail "server text reached the clipboard (OSC 52)"
keys hostile q; keys hostile q
code=$(wait_exit hostile 10)
[ "$code" = "0" ] && ok "quits with 0" || fail "exit code $code"
terminal_restored hostile
finish
