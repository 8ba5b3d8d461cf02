#!/usr/bin/env python3
"""The man page (Assets/pio.1) documents every command and every option pio has. The list comes from
the binary itself (swift-argument-parser's --experimental-dump-help), so a command or flag added to
pio but not written into the page fails here, named. Usage: check_man_page.py PIO_BINARY [PAGE]"""
import json, os, re, subprocess, sys

binary = sys.argv[1]
page_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "../../Assets/pio.1")
page = open(page_path).read()
# Commands are the items of the COMMANDS section: ".TP" then ".B name".
section = page.split(".SH COMMANDS", 1)[1].split("\n.SH ", 1)[0]
commands = set(re.findall(r"^\.TP\n\.B (\S+)", section, re.M))
# Options anywhere on the page, written as troff does: \-\-password\-stdin.
options = {o.replace("\\-", "-") for o in re.findall(r"\\-\\-((?:[a-z]|\\-)+)", page)}

root = json.loads(subprocess.run([binary, "--experimental-dump-help"], check=True,
                                 capture_output=True, text=True).stdout)["command"]
missing = []
missing_options = {}   # option name -> the commands that have it


def walk(command, path):
    for argument in command.get("arguments", []):
        if not argument.get("shouldDisplay", True):
            continue
        for name in argument.get("names", []):
            if name["kind"] in ("long", "longWithSingleDash") and name["name"] not in options:
                missing_options.setdefault(name["name"], []).append(path)
    for sub in command.get("subcommands", []):
        name = sub["commandName"]
        if name == "help":
            continue
        if path == "pio" and name not in commands:
            missing.append(f"command `pio {name}` (a .TP item with .B {name} under COMMANDS)")
        walk(sub, f"{path} {name}")


walk(root, "pio")
for option, paths in missing_options.items():
    missing.append(f"option --{option} (of {', '.join(paths[:4])}{', …' if len(paths) > 4 else ''})")
if missing:
    print(f"{page_path} does not document:")
    for m in missing:
        print("  " + m)
    sys.exit(1)
print(f"man page: all {len(root.get('subcommands', []))} commands of pio and their options are documented")
