#!/usr/bin/env python3
"""Reads a release pio's ELF and fails unless it starts on glibc 2.34 (RHEL 9; Ubuntu 22.04 has 2.35)
and links nothing outside ncursesw/tinfo, libyaml and glibc. Names what raised the floor: the
symbol and its version, or a version need that has no symbol (GLIBC_ABI_DT_RELR, packed relative
relocations, glibc 2.36). Usage: check_binary.py BINARY [FLOOR]  (FLOOR default 2.34)."""
import re, subprocess, sys

ALLOWED = re.compile(r"^(libncursesw\.so\.\d+|libtinfo\.so\.\d+|libyaml-0\.so\.\d+|libc\.so\.6|libm\.so\.6"
                     r"|libpthread\.so\.0|libdl\.so\.2|librt\.so\.1|ld-linux[-\w.]*\.so\.\d+)$")


def readelf(*args):
    return subprocess.run(["readelf", "-W", *args], check=True, capture_output=True, text=True).stdout


def version(name):
    m = re.fullmatch(r"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?", name)
    return tuple(int(x) for x in m.groups() if x is not None) if m else None


def main():
    binary = sys.argv[1]
    floor = tuple(int(x) for x in (sys.argv[2] if len(sys.argv) > 2 else "2.34").split("."))
    problems = []

    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", readelf("-d", binary))
    for lib in needed:
        if not ALLOWED.match(lib):
            problems.append(f"links {lib}: only ncursesw/tinfo, libyaml and glibc may be linked (link it statically)")

    # The version needs: every GLIBC_x.y (and any other name) the binary asks the loader for.
    needs = set(re.findall(r"Name: (\S+)\s+Flags", readelf("-V", binary)))
    # Which symbols ask for which version: 'hypotf@GLIBC_2.35 (5)'.
    by_version = {}
    for sym, ver in re.findall(r"\s(\S+?)@(GLIBC\w*_[\d.]+)", readelf("--dyn-syms", binary)):
        by_version.setdefault(ver, []).append(sym)
    highest = max((v for v in (version(n) for n in needs) if v), default=(0,))
    for name in sorted(needs):
        v = version(name)
        if name == "GLIBC_ABI_DT_RELR":
            problems.append("needs GLIBC_ABI_DT_RELR (glibc 2.36): packed relative relocations, "
                            "drop -z pack-relative-relocs from the link")
        elif name.startswith("GLIBCXX") or name.startswith("CXXABI") or name.startswith("GCC_"):
            problems.append(f"needs {name} from {', '.join(sorted(set(by_version.get(name, [])))[:5]) or 'a C++ runtime'}"
                            " (libstdc++/libgcc_s: link them statically)")
        elif v and v > floor:
            symbols = ", ".join(sorted(f"{s}@{name}" for s in set(by_version.get(name, [])))) or name
            problems.append(f"needs glibc {'.'.join(map(str, v))}, over the floor {'.'.join(map(str, floor))}: {symbols}")

    print(f"{binary}: highest glibc version needed {'.'.join(map(str, highest))} (floor {'.'.join(map(str, floor))}); "
          f"links {', '.join(needed)}")
    for p in problems:
        print(f"  FAIL {p}")
    return 1 if problems else 0


sys.exit(main())
