#!/usr/bin/env bash
# Issue 22, in scripts: zsh's and fish's completion do what journey 23 checks of bash's: subcommand
# names, the profile names (config file and stored sessions) after --profile, the service and invoice
# ids the last `pio services`/`pio invoices` kept, and nothing (no error either) without them.
# Each shell runs interactively in tmux and gets a real Tab: zsh completes only in its line editor,
# and fish 3.6 cannot run the scripts' custom completions from `complete -C` (`commandline -C`, the
# cursor in the word, refuses the transient command line).
source "$(dirname "$0")/lib.sh"
o=$WORK/out; mkdir -p "$o" "$WORK/config/pio" "$WORK/zfunc"
unset PIO_URL PIO_USER PIO_PASSWORD PIO_TIMEOUT
# The shells find this pio first and keep their files (fish's variables) in this journey's folders.
export PATH="$BIN:$PATH" PIO_PROFILE=lab XDG_DATA_HOME=$WORK/data XDG_CACHE_HOME=$WORK/cache
for shell in zsh fish; do
  command -v "$shell" >/dev/null || { fail "$shell is not installed (Tests/support/ensure-deps.sh installs it)"; finish; }
done
printf 'profiles:\n  work:\n    url: https://portal.example.com/api\n  home: ~\n' >"$WORK/config/pio/config.yaml"

start_sandbox || finish
PIO_URL=$SANDBOX_URL PIO_USER=demo@example.com PIO_PASSWORD=demo "$BIN/pio" services >/dev/null 2>&1 \
  && PIO_URL=$SANDBOX_URL PIO_USER=demo@example.com PIO_PASSWORD=demo "$BIN/pio" invoices >/dev/null 2>&1 || fail "listing failed"
kill "$SANDBOX_PID"; wait "$SANDBOX_PID" 2>/dev/null; SANDBOX_PID=""
services="301 302 303 304 305 306 307 308 309 "
invoices="307010 307500 308001 308870 308950 308976 309010 309011 309012 309020 "
shell_errors='error|usage|not found'

# zsh: the completion system's own compadd records every match it adds, then Tab writes --end--.
"$BIN/pio" --generate-completion-script zsh >"$WORK/zfunc/_pio"
export ZFUNC=$WORK/zfunc CAPTURE=$o/zsh.matches
cat >"$WORK/capture.zsh" <<'EOF'
PS1='zsh> '
fpath=($ZFUNC $fpath)
autoload -Uz compinit && compinit -u -D
compadd() {
  # Calls that only fill a parameter (-O, -A, -D) offer nothing yet: passed through.
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
  local -a hits
  builtin compadd -A hits "$@"
  (( $#hits )) && print -rl -- $hits >>$CAPTURE
  builtin compadd "$@"
}
capture-complete() { zle complete-word; print -r -- --end-- >>$CAPTURE }
zle -N capture-complete
bindkey '^I' capture-complete
EOF
start zsh 200 40 "zsh -f"
keys zsh "source $WORK/capture.zsh" Enter
wait_for zsh '^zsh> ?$' 10 >/dev/null || fail "zsh did not start: $(screen zsh)"
zsh_offers() {  # LINE — what zsh's Tab offers after LINE, sorted on one line
  : >"$CAPTURE"
  keys zsh C-u C-l; keys zsh "$1" Tab
  wait_until 10 grep -qx -- --end-- "$CAPTURE" || { echo "(no answer: $(screen zsh))"; return; }
  grep -vx -- --end-- "$CAPTURE" | sort | tr '\n' ' '
}
zsh_check() {  # WHAT LINE EXPECTED
  local got; got=$(zsh_offers "$2")
  if [ "$got" = "$3" ] && ! screen zsh | grep -Eqi "$shell_errors"; then ok "zsh: $1: ${got:-nothing}"
  else fail "zsh: $1: '$got', screen: $(screen zsh | grep .)"; fi
}

# fish: the pager under the prompt is read; a fresh fish for each line (the last Tab's pager gone).
"$BIN/pio" --generate-completion-script fish >"$WORK/pio.fish"
printf 'function fish_prompt; echo "fish> "; end\nsource %s\n' "$WORK/pio.fish" >"$WORK/init.fish"
n=0
fish_tab() {  # LINE — types LINE and Tab in a new fish; sets f to its tmux session
  n=$((n + 1)); f=fish$n
  start "$f" 200 40 "fish --no-config --private -C 'source $WORK/init.fish'"
  wait_for "$f" '^fish> ?$' 10 >/dev/null || fail "fish did not start: $(screen "$f")"
  keys "$f" "$1" Tab
}
fish_pager() {  # a cell is NAME or NAME  (DESCRIPTION), the description maybe cut with …
  screen "$f" | tail -n +2 | python3 -c 'import re, sys
print(" ".join(sorted(w for line in sys.stdin for w in re.sub(r"\(.*?\)(?=  |$)", "", line.rstrip()).split())), end=" ")'
}
fish_lists() { [ "$(fish_pager)" = "$1" ]; }
fish_check() {  # WHAT LINE EXPECTED — waits until the pager lists EXPECTED
  fish_tab "$2"
  if wait_until 10 fish_lists "$3" && ! screen "$f" | grep -Eqi "$shell_errors"; then ok "fish: $1: $3"
  else fail "fish: $1: '$(fish_pager)', screen: $(screen "$f" | grep .)"; fi
}
fish_check_none() {  # WHAT LINE — Tab offers nothing: the line stays as typed, nothing under it
  fish_tab "$2"; keys "$f" "#end"   # typed after the completion has run
  if wait_for "$f" '#end$' 10 >/dev/null && [ "$(screen "$f" | grep .)" = "fish> $2#end" ]; then ok "fish: $1: nothing"
  else fail "fish: $1: $(screen "$f" | grep .)"; fi
}

zsh_check "pio serv<Tab>" "pio serv" "service services "
zsh_check "--profile <Tab>" "pio services --profile " "default home lab work "
zsh_check "pio service <Tab> (the server stopped)" "pio service " "$services"
zsh_check "pio invoice <Tab>" "pio invoice " "$invoices"
zsh_check "another profile (no session)" "pio service --profile work " ""

fish_check "pio serv<Tab>" "pio serv" "service services "
fish_check "--profile <Tab>" "pio services --profile " "default home lab work "
fish_check "pio service <Tab> (the server stopped)" "pio service " "$services"
fish_check "pio invoice <Tab>" "pio invoice " "$invoices"
fish_check_none "another profile (no session)" "pio service --profile work "

"$BIN/pio" logout >"$o/logout.out" 2>&1   # the server is gone: not revoked, still deleted here
[ ! -e "$WORK/state/pio/lab/completions" ] || fail "logout left the ids: $(cat "$o/logout.out")"
zsh_check "no stored session: pio service <Tab>" "pio service " ""
zsh_check "no stored session: pio invoice <Tab>" "pio invoice " ""
fish_check_none "no stored session: pio service <Tab>" "pio service "
fish_check_none "no stored session: pio invoice <Tab>" "pio invoice "
finish
