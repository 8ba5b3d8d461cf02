#!/usr/bin/env bash
# Journey (issue 8): the invoices section, an invoice's detail, credit applied in full to one unpaid
# invoice and in part to another (after a refused amount), the header credit going down, at 80x24
# and 200x50. The sandbox request log shows each POST exactly once.
source "$(dirname "$0")/lib.sh"

# journey WIDTH HEIGHT — the whole walk in a fresh sandbox at one terminal size.
journey() {
  echo "  -- at $1x$2"
  LOG="$WORK/requests-$1x$2.jsonl"
  SANDBOX_ARGS="--request-log $LOG" start main "$1" "$2" "'$ROOT/Tests/support/with-sandbox.sh' '$BIN/pio'"
  wait_for main 'pio-demo\.example' || fail "services not on screen"
  wait_for main 'Credit 25\.00 USD' 10 || fail "header credit not shown"

  keys main 2
  wait_for main '10 invoices · 4 to pay: 109\.98 USD' 10 && ok "invoices list with count and the total to pay" || fail "no invoices footer"
  screen main | grep -Eq '2026/11/1 .*Overdue' && ok "overdue invoice says so" || fail "no Overdue text"

  keys main / ; keys main -l '2026/11/1' ; keys main Enter
  wait_for main '^> +2026/11/1 ' 10 || fail "filter did not select 2026/11/1"
  keys main Enter
  wait_for main 'Amount due +6\.99 USD' 10 && ok "detail shows the amount due" || fail "detail of 2026/11/1 not shown"
  screen main | grep -q 'Bill to   Dana Demo' && ok "detail shows the client block" || fail "no client block"

  keys main a
  wait_for main 'Apply credit to invoice 2026/11/1' 10 || fail "credit dialog not shown"
  wait_for main 'Pays the invoice in full' 5 && ok "dialog proposes the full amount" || fail "no proposal"
  keys main y
  wait_for main 'Status +Paid' 10 && ok "invoice shows Paid" || fail "invoice not paid"
  wait_for main 'Credit 18\.01 USD' 10 && ok "header credit lowered to 18.01" || fail "header credit not refreshed"

  keys main q
  wait_for main '^> +2026/11/1 .*Paid' 10 && ok "list shows it Paid" || fail "list not refreshed"
  keys main Escape
  wait_for main '3 to pay: 102\.99 USD' 10 && ok "footer total to pay went down" || fail "footer not updated"

  keys main 1
  wait_for main 'pio-demo\.example' 10 || fail "1 did not show services"
  keys main 2
  wait_for main '^> +2026/11/1 ' 10 && ok "1 then 2 keeps the invoices selection" || fail "selection lost"

  # A partial amount on 2026/11/2, after a refused one.
  keys main k
  wait_for main '^> +2026/11/2 ' 10 || fail "k did not select 2026/11/2"
  keys main Enter
  wait_for main 'Amount due +38\.72 USD' 10 || fail "detail of 2026/11/2 not shown"
  keys main a
  wait_for main 'Leaves 20\.71 USD to pay' 10 && ok "proposal is all the credit when it is less" || fail "no partial proposal"
  keys main Tab C-u ; keys main -l '12,50'
  wait_for main 'Use a dot for decimals: 12\.50\.' 10 && ok "comma refused with a sentence" || fail "comma accepted"
  keys main Enter
  keys main C-u ; keys main -l '5'
  wait_for main 'Leaves 33\.72 USD to pay' 10 || fail "partial amount not previewed"
  keys main Enter
  keys main y
  wait_for main 'Amount due +33\.72 USD' 10 && ok "partial credit applied" || fail "partial credit not applied"
  wait_for main 'Credit 13\.01 USD' 10 && ok "header credit lowered to 13.01" || fail "header credit not 13.01"
  screen main | grep -Eq 'Status +Unpaid' && ok "partly paid invoice stays Unpaid" || fail "status changed"

  keys main q q
  code=$(wait_exit main 10)
  [ "$code" = "0" ] && ok "q q exits with 0" || fail "exit code $code"

  for route in /invoice/309010/credit /invoice/309011/credit; do
    n=$(posts_logged "$LOG" "$route")
    [ "$n" = "1" ] && ok "POST $route sent once" || { fail "POST $route sent $n times"; sed 's/^/  log| /' "$LOG"; }
  done
  "${TMUX_CMD[@]}" kill-session -t main
}

journey 80 24
journey 200 50
finish
