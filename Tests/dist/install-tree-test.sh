#!/usr/bin/env bash
# make install / make uninstall: the binary, the man page (footer with the binary's version) and the
# bash, zsh and fish completions land under PREFIX, the completions name pio's commands, and
# uninstall removes every file again. Usage: install-tree-test.sh PIO_BINARY
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary=$1
prefix=$(mktemp -d "${TMPDIR:-/tmp}/pio-install.XXXXXX")
trap 'rm -rf "$prefix"' EXIT
failed=0
fail() { echo "  FAIL: $*"; failed=1; }
"$here/../../packaging/install-tree.sh" install "$binary" "" "$prefix" || fail "install-tree.sh install failed"
version=$("$binary" --version)
[ "$("$prefix/bin/pio" --version)" = "$version" ] || fail "bin/pio does not run"
head -n 1 "$prefix/share/man/man1/pio.1" | grep -q "\"pio $version\"" || fail "man page footer: $(head -n 1 "$prefix/share/man/man1/pio.1")"
grep -q credit "$prefix/share/bash-completion/completions/pio" || fail "bash completion lacks pio credit"
grep -q credit "$prefix/share/zsh/site-functions/_pio" || fail "zsh completion lacks pio credit"
grep -q credit "$prefix/share/fish/vendor_completions.d/pio.fish" || fail "fish completion lacks pio credit"
"$here/../../packaging/install-tree.sh" uninstall - "" "$prefix"
left=$(find "$prefix" -type f)
[ -z "$left" ] || fail "uninstall left: $left"
[ $failed -eq 0 ] && echo "install/uninstall: ok (bin/pio $version, man page, bash/zsh/fish completions; all removed again)"
exit $failed
