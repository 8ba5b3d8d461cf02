#!/usr/bin/env bash
# make dist: from a release pio, into OUT (dist/): pio-VERSION-linux-ARCH.tar.gz, pio_VERSION_ARCH.deb
# (Depends computed by dpkg-shlibdeps), pio-VERSION.ARCH.rpm when rpmbuild is installed, SHA256SUMS.
# The version is what the binary says (`pio --version`, from Sources/pio/Version.swift).
# Usage: dist.sh PIO_BINARY OUT
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
binary=$1 out=$2
"$repo/Tests/support/ensure-deps.sh" dpkg-shlibdeps:dpkg-dev rpmbuild:rpm
version=$("$binary" --version)
arch=$(uname -m)
deb_arch=$(dpkg --print-architecture)
# Same bytes from the same commit: file times from the last commit, no owner names, gzip without time stamps.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$repo" log -1 --format=%ct 2>/dev/null || date +%s)}
summary="PIO Hosting's client area in your terminal"
description="pio is a keyboard-driven terminal client for PIO Hosting's client portal (a HostBill
User API): services, invoices, balance and the catalogue in an ncurses portal built for a jump host
over SSH, and the same operations as commands with JSON output for scripts."
work=$(mktemp -d "${TMPDIR:-/tmp}/pio-dist.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
rm -f "$out"/pio-*.tar.gz "$out"/pio_*.deb "$out"/pio-*.rpm "$out/SHA256SUMS"
docs=("$repo/README.md")
for licence in LICENSE LICENSE.md COPYING; do [ -f "$repo/$licence" ] && docs+=("$repo/$licence"); done
[ ${#docs[@]} -eq 1 ] && echo "dist: no licence file in the repository; the packages ship the README only"

# Tarball: unpacked with --strip-components=1 under /usr/local or ~/.local.
name=pio-$version-linux-$arch
"$here/install-tree.sh" install "$binary" "$work/tar/$name" ""
# share/doc/pio, not the top folder: the README installs that unpack under /usr/local would leave
# /usr/local/README.md behind.
install -D -m 0644 -t "$work/tar/$name/share/doc/pio" "${docs[@]}"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" -C "$work/tar" -cf - "$name" \
  | gzip -9n > "$out/$name.tar.gz"

# .deb: files where Debian puts them, Depends from the libraries the binary links.
deb=$work/deb
"$here/install-tree.sh" install "$binary" "$deb" /usr debian
install -D -m 0644 -t "$deb/usr/share/doc/pio" "${docs[@]}"
mkdir -p "$work/shlibs/debian" "$deb/DEBIAN"
printf 'Source: pio\n\nPackage: pio\nArchitecture: any\n' > "$work/shlibs/debian/control"
depends=$(cd "$work/shlibs" && dpkg-shlibdeps -O -e "$deb/usr/bin/pio" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "dist: dpkg-shlibdeps found no dependencies for $deb/usr/bin/pio" >&2; exit 1; }
cat > "$deb/DEBIAN/control" <<CONTROL
Package: pio
Version: $version
Architecture: $deb_arch
Maintainer: PIO Hosting GmbH
Installed-Size: $(du -sk --apparent-size "$deb/usr" | cut -f1)
Depends: $depends
Section: utils
Priority: optional
Description: $summary
$(sed 's/^/ /' <<<"$description")
CONTROL
find "$deb" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
dpkg-deb --root-owner-group -Zxz --build "$deb" "$out/pio_${version}_${deb_arch}.deb" >/dev/null

# .rpm: Requires computed by rpmbuild from the binary (libc.so.6(GLIBC_2.34), libncursesw.so.6, …).
if command -v rpmbuild >/dev/null 2>&1; then
  rpmroot=$work/rpmroot
  "$here/install-tree.sh" install "$binary" "$rpmroot" /usr rpm
  install -D -m 0644 -t "$rpmroot/usr/share/doc/pio" "${docs[@]}"
  mkdir -p "$work/rpm/SPECS"
  cat > "$work/rpm/SPECS/pio.spec" <<SPEC
Name: pio
Version: $version
Release: 1
Summary: $summary
# No licence file is in the repository; none is claimed here.
License: NOASSERTION
%define debug_package %{nil}
# ncurses' symbol versions are Debian's build option; require the libraries, not those version names.
%global __requires_exclude ^lib(ncursesw|tinfo)[.]so[.]6[(]NCURSES
%define __os_install_post %{nil}
%description
$description
%install
cp -a "$rpmroot/." "%{buildroot}/"
%files
/usr/bin/pio
/usr/share/man/man1/pio.1
/usr/share/bash-completion/completions/pio
/usr/share/zsh/site-functions/_pio
/usr/share/fish/vendor_completions.d/pio.fish
%doc /usr/share/doc/pio
SPEC
  rpmbuild --quiet -bb --define "_topdir $work/rpm" --define "_build_id_links none" \
    --define "use_source_date_epoch_as_buildtime 1" --target "$arch" "$work/rpm/SPECS/pio.spec" >/dev/null
  cp "$work/rpm/RPMS/$arch/pio-$version-1.$arch.rpm" "$out/pio-$version.$arch.rpm"
else
  echo "dist: rpmbuild not found (apt-get install rpm); no .rpm"
fi

(cd "$out" && sha256sum pio-*.tar.gz pio_*.deb $(ls pio-*.rpm 2>/dev/null) > SHA256SUMS)
echo "dist: $(cd "$out" && ls -s --block-size=K pio* SHA256SUMS | tr '\n' ' ')"
