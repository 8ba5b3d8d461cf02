#!/usr/bin/env bash
# The .deb on a clean Debian: a minimal bookworm root (debootstrap, cached in .cache/clean-machine)
# with no Swift toolchain, the package installed by apt (which fetches what Depends names), then
# `pio --version`, `pio --help`, `man pio`, bash completion, and the portal in tmux inside the root
# against pio-sandbox running outside on loopback: services shown, `q` back to the shell, terminal
# restored. Needs root (debootstrap, chroot, mounts). Usage: clean-machine.sh PIO_DEB [SANDBOX_BIN_DIR]
set -uo pipefail
if [ "$(id -u)" -ne 0 ]; then
  exec sudo -n -- "$0" "$@" || { echo "clean-machine: needs root (debootstrap, chroot, mounts); sudo -n refused"; exit 1; }
fi
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
deb=$(realpath "$1")
bin=${2:-${PIO_BIN_DIR:-$(cd "$repo" && swift build --show-bin-path)}}
cache=$repo/.cache/clean-machine
base=$cache/bookworm
"$repo/Tests/support/ensure-deps.sh" debootstrap:debootstrap
failed=0
fail() { echo "  FAIL: $*"; failed=1; }
ok() { echo "  ok: $*"; }

if [ ! -x "$base/usr/bin/apt-get" ]; then
  echo "clean-machine: debootstrap --variant=minbase bookworm (once; cached in $base)"
  mkdir -p "$cache" && rm -rf --one-file-system "$base.partial"
  debootstrap --variant=minbase --include=man-db,bash-completion,tmux bookworm "$base.partial" \
    http://deb.debian.org/debian >"$cache/debootstrap.log" 2>&1 \
    || { echo "debootstrap failed:"; tail -20 "$cache/debootstrap.log"; exit 1; }
  mv "$base.partial" "$base"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/pio-clean.XXXXXX")
root=$work/root
sandbox_pid=""
mounts=("$root/dev/pts" "$root/dev" "$root/proc")
cleanup() {
  chroot "$root" tmux -L clean kill-server 2>/dev/null
  [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null
  local m still=0
  for m in "${mounts[@]}"; do mountpoint -q "$m" && { umount "$m" 2>/dev/null || umount -l "$m"; }; done
  for m in "${mounts[@]}"; do mountpoint -q "$m" && { echo "clean-machine: $m is still mounted; $work left in place"; still=1; }; done
  [ $still -eq 0 ] && rm -rf --one-file-system "$work"
}
trap cleanup EXIT
cp -a "$base" "$root"
# /proc: without it CommandLine.arguments is empty; /dev/pts: the ptys tmux opens.
mount -t proc proc "$root/proc" && mount --bind /dev "$root/dev" && mount --bind /dev/pts "$root/dev/pts" \
  || { echo "clean-machine: mounting /proc and /dev in the root failed"; exit 1; }
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=xterm-256color "$@"; }

echo "clean-machine: $(basename "$deb") on a minimal Debian bookworm"
in_root sh -c 'command -v swift' >/dev/null && fail "the root has a Swift toolchain"
cp "$deb" "$root/tmp/"
if in_root sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/$(basename "$deb")" \
    >"$work/apt.log" 2>&1; then
  ok "apt installs $(basename "$deb") and what it Depends on ($(dpkg-deb -f "$deb" Depends))"
else
  fail "apt install: $(tail -5 "$work/apt.log")"; exit 1
fi

version=$(dpkg-deb -f "$deb" Version)
got=$(in_root pio --version 2>&1)
[ "$got" = "$version" ] && ok "pio --version prints $version" || fail "pio --version printed: $got"
help=$(in_root pio --help 2>&1)
grep -q "pio $version" <<<"$help" && grep -q "credit" <<<"$help" && ok "pio --help names the version and the commands" \
  || fail "pio --help: $help"
manual=$(in_root sh -c 'MANPAGER=cat MANWIDTH=100 man pio 2>&1')
grep -q "PIO(1)" <<<"$manual" && grep -Eq "^ +credit" <<<"$manual" && ok "man pio shows the page (with pio credit)" \
  || fail "man pio: $(head -5 <<<"$manual")"
# What bash does on Tab: bash-completion loads the script on demand, then pio's function completes.
words=$(in_root bash -c 'source /usr/share/bash-completion/bash_completion; _completion_loader pio
  COMP_WORDS=(pio serv); COMP_CWORD=1; COMP_LINE="pio serv"; COMP_POINT=8; _pio pio serv pio; echo "${COMPREPLY[*]}"' 2>&1)
grep -qw services <<<"$words" && grep -qw service <<<"$words" && ok "bash completion loads: pio serv<Tab> offers $words" \
  || fail "bash completion: $words"

# The portal in tmux inside the root, against the sandbox outside on loopback.
out=$work/sandbox.out
"$bin/pio-sandbox" --port 0 >"$out" 2>&1 &
sandbox_pid=$!
url=""
for _ in $(seq 1 200); do url=$(head -n 1 "$out" 2>/dev/null | sed -n 's/^listening on //p'); [ -n "$url" ] && break; sleep 0.05; done
[ -n "$url" ] || { fail "pio-sandbox did not start: $(cat "$out")"; exit 1; }
cat >"$root/tmp/session.sh" <<SCRIPT
export PIO_URL='$url' PIO_USER=demo@example.com PIO_PASSWORD=demo PIO_PROFILE=sandbox
stty -g > /tmp/stty.before
pio
echo \$? > /tmp/exit; stty -g > /tmp/stty.after
PS1='clean-shell\$ ' exec bash --norc -i
SCRIPT
tmux_root() { in_root tmux -L clean -f /dev/null "$@"; }
tmux_root new-session -d -s portal -x 100 -y 30 "bash /tmp/session.sh"
screen() { tmux_root capture-pane -p -t portal; }
wait_for() {
  local i; for ((i = 0; i < ${2:-30} * 20; i++)); do screen | grep -Eq -- "$1" && return 0; sleep 0.05; done
  echo "  --- screen (waited for /$1/) ---"; screen | sed 's/^/  | /'; return 1
}
wait_for 'pio-demo\.example' 60 && ok "the portal shows the sandbox's services" || fail "no services on screen"
tmux_root send-keys -t portal q
wait_for '^clean-shell\$' 15 && ok "q returns to the shell" || fail "q did not return to the shell"
[ "$(cat "$root/tmp/exit" 2>/dev/null)" = 0 ] && ok "pio exits with 0" || fail "pio exit code: $(cat "$root/tmp/exit" 2>/dev/null)"
cmp -s "$root/tmp/stty.before" "$root/tmp/stty.after" && ok "stty -g unchanged" || fail "terminal modes changed"
[ "$(tmux_root display -p -t portal '#{alternate_on}#{cursor_flag}')" = 01 ] && ok "alternate screen off, cursor visible" \
  || fail "terminal not restored (alternate_on, cursor_flag: $(tmux_root display -p -t portal '#{alternate_on} #{cursor_flag}'))"

[ $failed -eq 0 ] && echo "clean-machine: ok" || echo "clean-machine: FAILED"
exit $failed
