#!/usr/bin/env bash
# The binary check must fail, naming the cause, on what raised pio's floor before (a symbol versioned
# after 2.34, packed relative relocations, libstdc++ linked dynamically) and pass on a plain binary.
# And pio's own hypotf and _dl_find_object (Sources/CGlibcFloor) keep a program linked the way the
# release pio is (static libstdc++ and libgcc) at 2.34, with C++ exceptions still unwinding and
# hypotf's answers those of glibc's.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
printf '#include <stdio.h>\nint main(void) { puts("ok"); return 0; }\n' > plain.c
printf '#include <stdlib.h>\n#include <stdio.h>\nint main(void) { printf("%%u\\n", arc4random()); return 0; }\n' > new.c
printf '#include <string>\n#include <cstdio>\nint main() { std::string s("ok"); std::puts(s.c_str()); return 0; }\n' > cxx.cc
cat > unwind.cc <<'CXX'
#include <cmath>
#include <cstdio>
static void thrower(int depth) { if (depth == 0) throw 42; thrower(depth - 1); }
int main() {
  try { thrower(5); } catch (int e) { std::printf("caught %d\n", e); }
  volatile float a = 3, b = 4, big = 3e38f, inf = INFINITY, nan = NAN;
  std::printf("%g %g %g %g %g %g\n", hypotf(a, b), hypotf(big, big), hypotf(inf, nan), hypotf(nan, inf),
              hypotf(nan, b), hypotf(-a, 0));
}
CXX
floor=$here/../../Sources/CGlibcFloor
failed=0
expect() {  # expect pass|fail TEXT BINARY
  local want=$1 text=$2 bin=$3 out rc=0
  out=$(python3 "$here/check_binary.py" "$bin" 2>&1) || rc=$?
  if { [ "$want" = pass ] && [ $rc -ne 0 ]; } || { [ "$want" = fail ] && { [ $rc -eq 0 ] || ! grep -qF -- "$text" <<<"$out"; }; }; then
    echo "check-binary self-test: $bin should $want${text:+ naming '$text'}; it printed:"; echo "$out"; failed=1
  fi
}
cc -o plain plain.c && expect pass "" plain
cc -o new new.c && expect fail "arc4random@GLIBC_2.36" new
cc -Wl,-z,pack-relative-relocs -o relr plain.c && expect fail "GLIBC_ABI_DT_RELR" relr
c++ -o cxx cxx.cc && expect fail "links libstdc++.so.6" cxx
c++ -O1 -static-libstdc++ -static-libgcc -o unwind-glibc unwind.cc && expect fail "_dl_find_object@GLIBC_2.35" unwind-glibc
cc -O2 -c -I"$floor/include" "$floor/hypotf.c" "$floor/dl_find_object.c"
c++ -O1 -static-libstdc++ -static-libgcc -o unwind-floor unwind.cc hypotf.o dl_find_object.o && expect pass "" unwind-floor
want=$(./unwind-glibc) got=$(./unwind-floor)
if [ "$got" = "$want" ] && [ "$(head -n 1 <<<"$got")" = "caught 42" ]; then
  echo "check-binary self-test: CGlibcFloor unwinds and computes as glibc does: $(tr '\n' ' ' <<<"$got")"
else
  echo "check-binary self-test: with CGlibcFloor the program printed '$got', with glibc's '$want'"; failed=1
fi
[ $failed -eq 0 ] && echo "check-binary self-test: ok (a 2.35 or 2.36 symbol, DT_RELR and libstdc++ are each refused by name)"
exit $failed
